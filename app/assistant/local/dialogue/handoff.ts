// handoff → handoff_to_human with the shopper's e-mail and question. Without an e-mail the engine
// asks for it (and the widget shows its hand-off form); the question is then the shopper's message
// from before the ask.
import type { Turn } from './turn';

const MIN_QUESTION_WORDS = 3;
const MAX_QUESTION = 2000;

function questionFor(turn: Turn): string {
  const { u, memory, input } = turn;
  const own = u.entities.remainder.trim();
  const earlier = memory.awaiting === 'handoff_email' ? memory.earlierUserMessages[0] : undefined;
  const parts = [earlier, own.split(/\s+/).length >= MIN_QUESTION_WORDS || !earlier ? own : undefined].filter(
    (p): p is string => !!p && p.length > 0,
  );
  const question = parts.join('\n') || input.message;
  return question.slice(0, MAX_QUESTION);
}

export async function handOff(turn: Turn): Promise<string> {
  const { t, u } = turn;
  if (!turn.has('handoff_to_human')) return t.handoffUnavailable;
  const email = u.entities.emails[0];
  if (!email) {
    turn.out.actions.push({ type: 'handoff_form' });
    return t.askHandoffEmail;
  }
  const result = await turn.call('handoff_to_human', { email, question: questionFor(turn) });
  if (!result) return t.handoffUnavailable;
  if (!result.ok) return result.error === 'limit_reached' ? t.handoffLimit : t.toolError;
  const { reference, replyTo } = result.data as { reference: string; replyTo: string };
  return t.handoffDone(reference, replyTo);
}
