// The tools fence merchant-written text (descriptions, policies, FAQ answers) as untrusted data,
// for a model's sake: a line marker on every line between labelled delimiters. For the shopper it
// is simply the shop's own words, so the fence comes off before the engine quotes it.
const OPEN = '<<<UNTRUSTED';
const LINE_PREFIX = '│ ';

export function shopText(text: string): string {
  if (!text.startsWith(OPEN)) return text;
  return text
    .split('\n')
    .filter((line) => line.startsWith(LINE_PREFIX))
    .map((line) => line.slice(LINE_PREFIX.length))
    .join('\n')
    .trim();
}
