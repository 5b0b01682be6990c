// Colours that look like the theme's and stay readable: the merchant's accent (or the theme's,
// found in its CSS custom properties or buttons), with a text colour chosen for a contrast of at
// least 4.5:1 (WCAG AA), darkening the accent when neither black nor white would reach it.

export type Rgb = [number, number, number];

export function parseColour(raw: string): Rgb | null {
  const s = raw.trim().toLowerCase();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (m) {
    const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
  }
  // rgb()/rgba(), and Dawn-style bare triplets ("18, 18, 18" or "18 18 18").
  m = /^(?:rgba?\()?\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*([\d.]+%?))?\s*\)?$/.exec(s);
  if (!m) return null;
  if (m[4] != null && parseFloat(m[4]) === 0) return null; // fully transparent: no colour at all
  const rgb = [m[1], m[2], m[3]].map(Number);
  return rgb.every((n) => n <= 255) ? (rgb as Rgb) : null;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const toHex = (c: Rgb): string => `#${c.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
export const AA = 4.5;

/** Darkens (or lightens) `colour` in small steps until it reaches `ratio` against `background`. */
export function readableOn(colour: Rgb, background: Rgb, ratio = AA): Rgb {
  const towards = luminance(background) > 0.4 ? BLACK : WHITE;
  let c = colour;
  for (let i = 0; i < 20 && contrast(c, background) < ratio; i++) c = c.map((n, k) => n + (towards[k] - n) * 0.12) as Rgb;
  return contrast(c, background) >= ratio ? c : towards;
}

export interface Palette {
  accent: string;
  onAccent: string;
  /** The accent as a text or link colour on a white or light-grey surface. */
  accentText: string;
}

/** The launcher's and buttons' colours: accent background with a text colour at 4.5:1 or more. */
export function palette(accentRaw: string, textRaw = '', surface: Rgb = [243, 244, 246]): Palette {
  let accent = parseColour(accentRaw) ?? [26, 26, 26];
  const wanted = parseColour(textRaw);
  let onAccent: Rgb;
  if (wanted && contrast(wanted, accent) >= AA) onAccent = wanted;
  else {
    onAccent = contrast(WHITE, accent) >= contrast(BLACK, accent) ? WHITE : BLACK;
    // Mid-tones reach 4.5:1 with neither: shift the accent away from the text colour.
    if (contrast(onAccent, accent) < AA) accent = readableOn(accent, onAccent);
  }
  return { accent: toHex(accent), onAccent: toHex(onAccent), accentText: toHex(readableOn(accent, surface)) };
}
