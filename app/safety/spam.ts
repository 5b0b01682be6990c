// Spam: promotional or scam messages, links to other sites, and one phrase pasted over and over.
// Shoppers say "free shipping", "claim a refund" or paste one link to a product they saw
// elsewhere, so every cue is light and only several kinds of cue together flag or block.
import { wordRegex } from './patterns';
import type { Detector, DetectorContext, NormalizedText, Signal } from './types';

interface CueGroup {
  label: string;
  pattern: RegExp;
  weight: number;
  /** Cues that ordinary shopping talk rarely has ("prize", "txt", a call-this-number). */
  strong: boolean;
}

// Groups of SMS-spam and scam cues in en, pl, de, es, fr, matched on folded text.
const CUE_GROUPS: CueGroup[] = [
  {
    label: 'prize',
    pattern: wordRegex("win|wins|winner|won|prize|prizes|award(?:ed)?|congratulations|congrats|you(?:'ve| have) been (?:selected|chosen)|lucky|wygral\\w*|wygrana|nagrod\\w*|gratulacje|zostal\\w* wybran\\w*|gewonnen|gewinn\\w*|gluckwunsch|ausgewahlt|has ganado|ganador\\w*|premio\\w*|felicidades|seleccionad\\w*|(?:vous avez |tu as )gagne|gagnant\\w*|felicitations|selectionne\\w*"),
    weight: 0.3,
    strong: true,
  },
  {
    label: 'money',
    pattern: wordRegex('cash|reward|bonus|profit|earn|earning|income|investment|invest|crypto|bitcoin|btc|forex|loan|loans|credit|mortgage|casino|bet|jackpot|viagra|cialis|pills|(?:[£$€]\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:£|\\$|€|zl|usd|eur|pln))|zarabiaj|zarob\\w*|kredyt\\w*|pozyczk\\w*|chwilowk\\w*|verdien\\w*|kredit\\w*|darlehen|prestamo\\w*|credito\\w*|gana|ganar|gagnez|gagner|pret rapide|pret personnel|credit\\w*'),
    weight: 0.2,
    strong: true,
  },
  {
    label: 'call to action',
    pattern: wordRegex("call now|call|txt|text \\w+ to|reply|click(?: here)?|claim|collect|visit|dm me|buy now|order now|act now|subscribe|sign up|kliknij|zadzwon\\w*|dzwon\\w*|wyslij sms|odbierz|klick\\w*|anrufen|ruf\\w* an|abholen|haz clic|pulsa|llama\\w*|reclama\\w*|cliquez|clique|appelez|reclamez|envoyez"),
    weight: 0.2,
    strong: false,
  },
  {
    label: 'urgency',
    pattern: wordRegex('urgent|limited time|expires?|act fast|today only|immediately|last chance|now!|pilne|tylko dzis|natychmiast|dringend|nur heute|sofort|urgente|solo hoy|inmediatamente|urgent|aujourd\'hui seulement|immediatement|vite'),
    weight: 0.15,
    strong: false,
  },
  {
    label: 'free offer',
    pattern: wordRegex('free|gratis|gratuit\\w*|darmow\\w*|za darmo|kostenlos\\w*|umsonst|guaranteed|gwarantowan\\w*|garantiert|garantizad\\w*|garanti\\w*'),
    weight: 0.1,
    strong: false,
  },
  {
    label: 'SMS jargon',
    pattern: wordRegex("txt|stop to|std txt rate|t&c'?s?|t&c|18\\+|per msg|ringtone\\w*|mob|unsubscribe|opt out|ppm|150p|pobox|po box|telegram|whatsapp me|dm me"),
    weight: 0.3,
    strong: true,
  },
];
const PHONE_CALL = /\b(?:call|txt|text|sms|ring|send|reply|zadzwo\w*|dzwo\w*|wyslij|anrufen|ruf|sende|schick\w*|llam\w*|envia|manda|appel\w*|envoy\w*)\b\D{0,30}\d[\d\s-]{3,}\d/;
const PHONE_WEIGHT = 0.35;
const SHOUTING = /!{3,}|\b[A-Z]{4,}(?:\s+[A-Z]{2,}\b){2,}/;
const SHOUTING_WEIGHT = 0.15;
// Three kinds of cue together, at least one of them strong, is how spam reads; "can I collect
// my free gift today?" has three weak ones and stays below the line.
const COMBO_BONUS = 0.4;
const COMBO_KINDS = 3;

// Domain labels are at most 63 characters; saying so keeps a long run of letters from being
// re-scanned at every position.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')]+|\b(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}(?:com|net|org|info|biz|ru|xyz|top|win|click|link|io|co|me|ly|gl|gd|shop|store|online|site|app|pl|de|es|fr|uk|us|eu|cn|tk|ml)\b(?:\/[^\s<>"')]*)?/giu;
const SHORTENERS = new Set(['bit.ly', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'cutt.ly', 'rb.gy', 't.me', 'buff.ly', 'shorturl.at', 'tiny.cc']);
const LINK_WEIGHTS = [0, 0.3, 0.55, 0.8];
const SHORTENER_WEIGHT = 0.3;

// The same word or phrase pasted again and again ("buy followers buy followers ...").
const MIN_REPEATS = 4;
const REPEAT_WEIGHT = 0.6;
const HEAVY_REPEATS = 8;
const HEAVY_REPEAT_WEIGHT = 1.0;

function hostOf(url: string): string {
  const withoutScheme = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return (withoutScheme.split(/[/?#:]/)[0] ?? '').toLowerCase();
}

function isShopHost(host: string, shopDomains: readonly string[]): boolean {
  return shopDomains.some((domain) => {
    const d = domain.toLowerCase().replace(/^www\./, '');
    return host === d || host.endsWith(`.${d}`);
  });
}

function linkSignals(text: NormalizedText, shopDomains: readonly string[]): Signal[] {
  const hosts = [...text.lower.matchAll(URL)].map(([url]) => hostOf(url)).filter((h) => h && !isShopHost(h, shopDomains));
  if (hosts.length === 0) return [];
  const signals: Signal[] = [
    {
      category: 'spam',
      weight: LINK_WEIGHTS[Math.min(hosts.length, LINK_WEIGHTS.length - 1)] ?? 0,
      reason: `spam: ${hosts.length} link(s) to other sites (${[...new Set(hosts)].slice(0, 3).join(', ')})`,
    },
  ];
  if (hosts.some((h) => SHORTENERS.has(h))) signals.push({ category: 'spam', weight: SHORTENER_WEIGHT, reason: 'spam: link shortener' });
  return signals;
}

/** Longest run of one 1-3 word phrase repeated back to back. */
function maxPhraseRepeats(words: string[]): { phrase: string; repeats: number } {
  let best = { phrase: '', repeats: 0 };
  for (let size = 1; size <= 3; size += 1) {
    for (let start = 0; start + size <= words.length; start += 1) {
      const phrase = words.slice(start, start + size).join(' ');
      let repeats = 1;
      while (words.slice(start + repeats * size, start + (repeats + 1) * size).join(' ') === phrase) repeats += 1;
      if (repeats > best.repeats) best = { phrase, repeats };
      // Skip what was just counted: the same run would be counted again from inside.
      if (repeats > 1) start += (repeats - 1) * size;
    }
  }
  return best;
}

export function createSpamDetector(): Detector {
  return (text: NormalizedText, ctx: DetectorContext): Signal[] => {
    const links = linkSignals(text, ctx.shopDomains);
    const signals: Signal[] = [...links];

    const groups = CUE_GROUPS.filter((group) => group.pattern.test(text.folded));
    for (const group of groups) signals.push({ category: 'spam', weight: group.weight, reason: `spam: ${group.label} wording` });
    const phone = PHONE_CALL.test(text.folded);
    if (phone) signals.push({ category: 'spam', weight: PHONE_WEIGHT, reason: 'spam: asks to call or text a number' });
    const shouting = SHOUTING.test(text.clean);
    if (shouting) signals.push({ category: 'spam', weight: SHOUTING_WEIGHT, reason: 'spam: shouting' });
    const kinds = groups.length + (phone ? 1 : 0) + (links.length > 0 ? 1 : 0) + (shouting ? 1 : 0);
    const strong = groups.some((g) => g.strong) || phone || links.length > 0;
    if (kinds >= COMBO_KINDS && strong) {
      signals.push({ category: 'spam', weight: COMBO_BONUS, reason: 'spam: several kinds of spam wording together' });
    }

    const words = text.folded.match(/[\p{L}\p{N}]+/gu) ?? [];
    const { phrase, repeats } = maxPhraseRepeats(words);
    if (repeats >= MIN_REPEATS && repeats * phrase.split(' ').length * 2 >= words.length) {
      signals.push({
        category: 'spam',
        weight: repeats >= HEAVY_REPEATS ? HEAVY_REPEAT_WEIGHT : REPEAT_WEIGHT,
        reason: `spam: "${phrase}" repeated ${repeats} times`,
      });
    }
    return signals;
  };
}
