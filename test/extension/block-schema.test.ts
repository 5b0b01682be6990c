import fs from 'node:fs';
import path from 'node:path';
import { checkBlock, SETTING_TYPES } from './block-schema';

const EXTENSION = path.resolve('extensions/aisle-theme');
const blockFiles = fs.readdirSync(path.join(EXTENSION, 'blocks')).filter((f) => f.endsWith('.liquid'));
const read = (file: string) => fs.readFileSync(path.join(EXTENSION, 'blocks', file), 'utf8');

test('the extension has the chat embed and the compare block', () => {
  expect(blockFiles.sort()).toEqual(['aisle-chat.liquid', 'aisle-compare.liquid']);
  // The type list is Shopify's own, read from its package (a sanity check that it was found).
  expect(SETTING_TYPES).toEqual(expect.arrayContaining(['checkbox', 'color', 'product_list', 'range', 'select', 'text', 'textarea']));
});

test.each(blockFiles)('%s has a schema Shopify accepts', (file) => {
  expect(checkBlock(read(file), EXTENSION)).toEqual([]);
});

test('the chat is an app embed on every page; the comparison an app block on product pages', () => {
  const schemaOf = (file: string) => JSON.parse(/{%\s*schema\s*%}([\s\S]*?){%\s*endschema\s*%}/.exec(read(file))![1]);
  expect(schemaOf('aisle-chat.liquid')).toMatchObject({ target: 'body' });
  expect(schemaOf('aisle-compare.liquid')).toMatchObject({ target: 'section', enabled_on: { templates: ['product'] } });
  // Their scripts start after the page's load event (not as schema assets, which Shopify puts in
  // the page where the parser fetches them early), and no stylesheet goes in <head>.
  for (const file of blockFiles) {
    expect(schemaOf(file).javascript).toBeUndefined();
    expect(schemaOf(file).stylesheet).toBeUndefined();
    expect(read(file)).toMatch(/addEventListener\('load', boot/);
  }
});

describe('the validator catches what theme check misses', () => {
  const chat = read('aisle-chat.liquid');
  const cases: [string, string, RegExp][] = [
    ['a trailing comma', chat.replace(/("default": true)\n(\s*)}\n(\s*)]/, '$1,\n$2}\n$3]'), /strict JSON/],
    ['an unknown setting type', chat.replace('"type": "textarea"', '"type": "multiline"'), /allowed values|must be equal to one of/],
    ['a select default that is not an option', chat.replace('"default": "right"', '"default": "top"'), /not one of the options/],
    ['a duplicate id', chat.replace('"id": "show_on_cart"', '"id": "show_on_home"'), /duplicate id/],
    ['a missing translation', chat.replace('"t:chat.greeting"', '"t:chat.nope"'), /t:chat\.nope missing in en\.default\.schema\.json/],
    ['an unknown block attribute', chat.replace('"target": "body"', '"target": "body", "templates": ["index"]'), /Unrecognized key/],
    [
      'a missing asset',
      chat.replace('"target": "body"', '"target": "body", "javascript": "aisle-gone.js"'),
      /aisle-gone\.js does not exist/,
    ],
    [
      'a checkbox with a string default',
      chat.replace(/("id": "show_on_home",\s*"label": "t:chat.home",\s*"default": )true/, '$1"yes"'),
      /show_on_home/,
    ],
  ];
  test.each(cases)('%s', (_name, source, problem) => {
    expect(source).not.toBe(chat);
    const problems = checkBlock(source, EXTENSION);
    expect(problems.join('\n')).toMatch(problem);
  });
});
