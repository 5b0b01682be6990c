import { colourMatches, matchingVariants, sizeMatches } from '../dialogue/variants';

const variant = (title: string, option: string, value: string) => ({ title, options: [{ name: option, value }] });

describe('variant options as the catalog spells them', () => {
  test('sizes by their aliases', () => {
    expect(sizeMatches('Medium', 'M')).toBe(true);
    expect(sizeMatches('L', 'L')).toBe(true);
    expect(sizeMatches('Large', 'M')).toBe(false);
  });

  test('metals are colours on both sides: "Silver" is what "in silver" asks for', () => {
    expect(colourMatches('Silver', 'silver')).toBe(true);
    expect(colourMatches('Gold', 'silver')).toBe(false);
    const anchor = [variant('Gold', 'Color', 'Gold'), variant('Silver', 'Color', 'Silver')];
    expect(matchingVariants(anchor, { sizes: [], colours: ['silver'] }).map((v) => v.title)).toEqual(['Silver']);
  });

  test('a colour the product does not offer at all does not rule out its variants', () => {
    const plain = [variant('Default Title', 'Title', 'Default Title')];
    expect(matchingVariants(plain, { sizes: [], colours: ['pink'] })).toHaveLength(1);
  });
});
