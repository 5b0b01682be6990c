import { AA, contrast, palette, parseColour, type Rgb } from '../colour';

const rgb = (hex: string) => parseColour(hex)!;

test('reads hex, rgb()/rgba() and the bare triplets themes keep in custom properties', () => {
  expect(parseColour('#0b57d0')).toEqual([11, 87, 208]);
  expect(parseColour('#fff')).toEqual([255, 255, 255]);
  expect(parseColour('rgb(18, 18, 18)')).toEqual([18, 18, 18]);
  expect(parseColour('rgba(18, 18, 18, 0.8)')).toEqual([18, 18, 18]);
  expect(parseColour('18, 18, 18')).toEqual([18, 18, 18]);
  expect(parseColour('18 18 18')).toEqual([18, 18, 18]);
  for (const none of ['', 'transparent', 'rgba(0, 0, 0, 0)', 'var(--x)', '#12', 'rgb(300, 0, 0)']) expect(parseColour(none)).toBeNull();
});

test('contrast follows WCAG: black on white is 21:1', () => {
  expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  expect(contrast(rgb('#767676'), [255, 255, 255])).toBeCloseTo(4.54, 2);
});

describe('palette', () => {
  const accents = ['#0b57d0', '#ffd400', '#ff7a00', '#7fbf7f', '#808080', '#e3e3e3', '#121212', '#00a0a0', '#ff69b4'];
  test.each(accents)('%s: the text on the accent and the accent as text both reach 4.5:1', (accent) => {
    const p = palette(accent);
    expect(contrast(rgb(p.onAccent), rgb(p.accent))).toBeGreaterThanOrEqual(AA);
    expect(contrast(rgb(p.accentText), [243, 244, 246] as Rgb)).toBeGreaterThanOrEqual(AA);
    expect(contrast(rgb(p.accentText), [255, 255, 255] as Rgb)).toBeGreaterThanOrEqual(AA);
  });

  test('keeps a brand colour that already works, with the better of white or black text', () => {
    expect(palette('#0b57d0')).toMatchObject({ accent: '#0b57d0', onAccent: '#ffffff' });
    expect(palette('#ffd400')).toMatchObject({ accent: '#ffd400', onAccent: '#000000' });
  });

  test("uses the merchant's text colour when readable, and replaces it when not", () => {
    expect(palette('#0b57d0', '#fafafa').onAccent).toBe('#fafafa');
    expect(palette('#0b57d0', '#3366cc').onAccent).toBe('#ffffff');
  });

  test('no accent at all falls back to near-black', () => {
    expect(palette('')).toMatchObject({ accent: '#1a1a1a', onAccent: '#ffffff' });
  });
});
