// Greetings, thanks, out-of-scope and not-understood turns: short, on brand, and always pointing
// back at what the assistant can do (or at a person).
import type { Turn } from './turn';

export function greet(turn: Turn): string {
  const { input, t, voice, lang } = turn;
  const { settings, name, primaryLocale } = input.shop;
  turn.suggest(['products', 'order', 'shipping']);
  // The merchant's greeting is in the shop's language; other languages get the template.
  const ownLanguage = primaryLocale.toLowerCase().split(/[-_]/)[0] === lang;
  if (ownLanguage && settings.greeting.trim()) return settings.greeting.trim();
  return t.greeting(settings.personaName, name, voice);
}

export function thank(turn: Turn): string {
  turn.suggest(['products', 'order']);
  return turn.t.thanks(turn.voice);
}

export function outOfScope(turn: Turn): string {
  turn.suggest(['products', 'order', 'human']);
  return turn.t.outOfScope(turn.input.shop.settings.personaName, turn.voice);
}

export function avoidTopic(turn: Turn): string {
  turn.suggest(['products', 'order']);
  return turn.t.avoidTopic;
}

export function notSure(turn: Turn): string {
  turn.suggest(['products', 'order', 'human']);
  return turn.has('handoff_to_human') ? `${turn.t.notSure} ${turn.t.offerHandoff}` : turn.t.notSure;
}
