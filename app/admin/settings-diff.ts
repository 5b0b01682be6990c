// What changed between two versions of the assistant settings, field by field: word-level diffs
// for text (instructions, greeting, tone), before/after for lists and switches. Uses `diff`.
import { diffWords } from 'diff';
import type { AssistantSettings } from '~/assistant/types';

export type Change =
  | { field: string; kind: 'text'; parts: { value: string; added?: boolean; removed?: boolean }[] }
  | { field: string; kind: 'value'; before: string; after: string };

const TEXT_FIELDS = ['personaName', 'greeting', 'tone', 'customInstructions'] as const;

export function diffSettings(before: AssistantSettings, after: AssistantSettings): Change[] {
  const changes: Change[] = [];
  for (const field of TEXT_FIELDS) {
    if (before[field] === after[field]) continue;
    changes.push({ field, kind: 'text', parts: diffWords(before[field], after[field]).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) })) });
  }
  const list = (v: string[]) => v.join(', ');
  if (list(before.topicsToAvoid) !== list(after.topicsToAvoid)) changes.push({ field: 'topicsToAvoid', kind: 'value', before: list(before.topicsToAvoid), after: list(after.topicsToAvoid) });
  if (list(before.languages) !== list(after.languages)) changes.push({ field: 'languages', kind: 'value', before: list(before.languages), after: list(after.languages) });
  if ((before.handoffEmail ?? '') !== (after.handoffEmail ?? '')) changes.push({ field: 'handoffEmail', kind: 'value', before: before.handoffEmail ?? '', after: after.handoffEmail ?? '' });
  for (const key of Object.keys(after.capabilities) as (keyof AssistantSettings['capabilities'])[]) {
    if (before.capabilities[key] !== after.capabilities[key]) changes.push({ field: `capability.${key}`, kind: 'value', before: String(before.capabilities[key]), after: String(after.capabilities[key]) });
  }
  return changes;
}
