import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Messages, Voice } from './messages';
import { pl } from './pl';

export type { Messages, QuickReply, RelaxedPart, Voice } from './messages';
export { formatDate, formatPrice } from './format';

export const TEMPLATES: Record<'en' | 'pl' | 'de' | 'es' | 'fr', Messages> = { en, pl, de, es, fr };

/** The templates of a reply language ("pl", "de-AT"); English for the others. */
export function messagesFor(language: string): { lang: keyof typeof TEMPLATES; t: Messages } {
  const base = language.toLowerCase().split(/[-_]/)[0];
  const lang = (base in TEMPLATES ? base : 'en') as keyof typeof TEMPLATES;
  return { lang, t: TEMPLATES[lang] };
}

/** The merchant's tone setting (a preset or free text) → one of the voices the templates know. */
export function voiceOf(tone: string): Voice {
  const t = tone.toLowerCase();
  if (/concise|brief|short|terse|direct|minimal/.test(t)) return 'concise';
  if (/professional|formal|polite|business/.test(t)) return 'professional';
  if (/playful|fun|cheer|witty|quirky|emoji/.test(t)) return 'playful';
  return 'friendly';
}
