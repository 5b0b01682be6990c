import { readFileSync } from 'node:fs';
import { detectLanguage, primaryLanguage } from '../detect';

const SHOP = ['en', 'pl', 'de', 'es', 'fr'];
// ≥ 20 short shopping chat lines per language, written for this test.
const LINES = JSON.parse(readFileSync(new URL('./short-lines.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const labelled = Object.entries(LINES).flatMap(([language, lines]) => lines.map((text) => ({ language, text })));

function accuracy(detect: (text: string, language: string) => string): number {
  return labelled.filter(({ text, language }) => detect(text, language) === language).length / labelled.length;
}

describe('detectLanguage on short shopping lines', () => {
  it('has at least 20 labelled lines per language', () => {
    for (const language of SHOP) expect(LINES[language]?.length ?? 0).toBeGreaterThanOrEqual(20);
  });

  it('is right on nearly every line when restricted to the shop languages', () => {
    expect(accuracy((text) => detectLanguage(text, { allowed: SHOP }).language)).toBeGreaterThanOrEqual(0.97);
  });

  it('stays accurate with no restriction and no hint', () => {
    expect(accuracy((text) => detectLanguage(text).language)).toBeGreaterThanOrEqual(0.95);
  });

  it('is not dragged off by a wrong storefront hint except on one- and two-word lines', () => {
    const wrongHint = (language: string) => SHOP[(SHOP.indexOf(language) + 1) % SHOP.length] ?? 'en';
    const longer = labelled.filter(({ text }) => text.trim().split(/\s+/).length > 2);
    const right = longer.filter(({ text, language }) => detectLanguage(text, { allowed: SHOP, hint: wrongHint(language) }).language === language);
    expect(right.length / longer.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('detectLanguage with a storefront hint', () => {
  it('lets the hint decide very short, ambiguous lines', () => {
    expect(detectLanguage('hi', { hint: 'pl', allowed: SHOP }).language).toBe('pl');
    expect(detectLanguage('ok', { hint: 'de', allowed: SHOP }).language).toBe('de');
    expect(detectLanguage('super, danke', { hint: 'de', allowed: SHOP }).language).toBe('de');
  });

  it('lets letters unique to one language beat the hint', () => {
    expect(detectLanguage('dzięki', { hint: 'en', allowed: SHOP }).language).toBe('pl');
    expect(detectLanguage('¿envío?', { hint: 'fr', allowed: SHOP }).language).toBe('es');
    expect(detectLanguage('Größe?', { hint: 'en', allowed: SHOP }).language).toBe('de');
  });

  it('recognises a clear sentence against the hint', () => {
    expect(detectLanguage('czy macie kurtki zimowe w rozmiarze L?', { hint: 'en', allowed: SHOP }).language).toBe('pl');
    expect(detectLanguage('where is my order, it has been two weeks', { hint: 'de', allowed: SHOP }).language).toBe('en');
  });

  it('reads greetings without a hint', () => {
    expect(detectLanguage('hi').language).toBe('en');
    expect(detectLanguage('hola').language).toBe('es');
    expect(detectLanguage('merci beaucoup').language).toBe('fr');
  });
});

describe('detectLanguage restrictions and fallbacks', () => {
  it('only ever answers with an allowed language', () => {
    for (const { text } of labelled) expect(['de', 'fr']).toContain(detectLanguage(text, { allowed: ['de', 'fr'] }).language);
  });

  it('normalises locale tags in hint and allowed', () => {
    expect(primaryLanguage(' de-AT ')).toBe('de');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(detectLanguage('ok', { hint: 'fr-CA', allowed: ['en-US', 'fr-FR'] }).language).toBe('fr');
  });

  it('ignores a hint outside the allowed languages', () => {
    expect(detectLanguage('123', { hint: 'it', allowed: ['es', 'pl'] }).language).toBe('es');
    expect(['es', 'pl']).toContain(detectLanguage('ciao', { hint: 'it', allowed: ['es', 'pl'] }).language);
  });

  it('falls back with zero confidence when there are no letters', () => {
    expect(detectLanguage('12345 !!!', { hint: 'pl' })).toEqual({ language: 'pl', confidence: 0 });
    expect(detectLanguage('https://example.com/x', { allowed: ['de', 'en'] })).toEqual({ language: 'de', confidence: 0 });
    expect(detectLanguage('')).toEqual({ language: 'en', confidence: 0 });
  });

  it('is more confident about a clear sentence than about one word', () => {
    const long = detectLanguage('je voudrais retourner ce pull, il est trop petit pour moi', { allowed: SHOP });
    const short = detectLanguage('merci', { allowed: SHOP });
    expect(long.language).toBe('fr');
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.confidence).toBeLessThanOrEqual(1);
  });
});
