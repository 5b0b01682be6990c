// The eval case format (DESIGN.md "Eval"): one JSON object per line.
import { z } from 'zod';

export const evalCaseSchema = z.object({
  id: z.string().min(1),
  customer: z.union([z.string(), z.number()]).optional(),
  locale: z.string().optional(),
  turns: z.array(z.string().min(1)).min(1),
  expect: z
    .object({
      contains: z.array(z.string()).optional(),
      notContains: z.array(z.string()).optional(),
      language: z.string().optional(),
      products: z.array(z.string()).optional(),
      tool: z.string().optional(),
    })
    .strict(),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

/** Parses JSONL; every bad line is reported with its line number. */
export function parseCases(text: string): { cases: EvalCase[]; errors: string[] } {
  const cases: EvalCase[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('//')) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      errors.push(`line ${i + 1}: not valid JSON`);
      return;
    }
    const parsed = evalCaseSchema.safeParse(raw);
    if (parsed.success) cases.push(parsed.data);
    else errors.push(`line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  });
  return { cases, errors };
}

export interface TurnOutcome {
  reply: string;
  language: string;
  products: string[];
  tools: string[];
}

/** Every listed expectation is checked on the last reply; returns the failures (empty = pass). */
export function checkExpectations(c: EvalCase, last: TurnOutcome): string[] {
  const failures: string[] = [];
  const text = last.reply.toLowerCase();
  for (const s of c.expect.contains ?? []) {
    // "a|b" accepts either wording.
    if (!s.split('|').some((alt) => text.includes(alt.toLowerCase()))) failures.push(`reply lacks "${s}"`);
  }
  for (const s of c.expect.notContains ?? []) if (text.includes(s.toLowerCase())) failures.push(`reply contains "${s}"`);
  if (c.expect.language && last.language !== c.expect.language) failures.push(`language ${last.language}, expected ${c.expect.language}`);
  for (const h of c.expect.products ?? []) if (!last.products.includes(h)) failures.push(`product ${h} not shown (got ${last.products.join(', ') || 'none'})`);
  if (c.expect.tool && !last.tools.includes(c.expect.tool)) failures.push(`tool ${c.expect.tool} not used (used ${last.tools.join(', ') || 'none'})`);
  return failures;
}
