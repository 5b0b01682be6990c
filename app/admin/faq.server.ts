// The merchant's FAQ entries (FaqEntry), edited in Settings. Every write is scoped by shop: an id
// from another shop matches nothing.
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import type { FaqRow as CsvRow } from './faq-csv';

export const MAX_FAQ_ENTRIES = 500;

export const faqInputSchema = z.object({
  question: z.string().trim().min(1).max(500),
  answer: z.string().trim().min(1).max(4000),
  locale: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).nullable()),
});
export type FaqInput = z.infer<typeof faqInputSchema>;

export interface FaqView {
  id: string;
  question: string;
  answer: string;
  locale: string | null;
}

export async function listFaq(db: Db, shop: string): Promise<FaqView[]> {
  return db.faqEntry.findMany({
    where: { shop },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, question: true, answer: true, locale: true },
    take: MAX_FAQ_ENTRIES,
  });
}

export async function createFaq(db: Db, shop: string, input: FaqInput): Promise<FaqView | null> {
  return inTransaction(db, async (tx) => {
    const count = await tx.faqEntry.count({ where: { shop } });
    if (count >= MAX_FAQ_ENTRIES) return null;
    return tx.faqEntry.create({ data: { shop, ...input, position: count }, select: { id: true, question: true, answer: true, locale: true } });
  });
}

/** False when no entry of this shop has that id. */
export async function updateFaq(db: Db, shop: string, id: string, input: FaqInput): Promise<boolean> {
  const { count } = await db.faqEntry.updateMany({ where: { id, shop }, data: input });
  return count > 0;
}

export async function deleteFaq(db: Db, shop: string, id: string): Promise<boolean> {
  const { count } = await db.faqEntry.deleteMany({ where: { id, shop } });
  return count > 0;
}

/** Adds imported rows after the existing ones, or replaces the FAQ with them. */
export async function importFaq(db: Db, shop: string, rows: CsvRow[], mode: 'append' | 'replace'): Promise<{ imported: number; skipped: number }> {
  return inTransaction(db, async (tx) => {
    if (mode === 'replace') await tx.faqEntry.deleteMany({ where: { shop } });
    const existing = await tx.faqEntry.count({ where: { shop } });
    const room = Math.max(0, MAX_FAQ_ENTRIES - existing);
    const take = rows.slice(0, room);
    if (take.length) await tx.faqEntry.createMany({ data: take.map((r, i) => ({ shop, question: r.question, answer: r.answer, locale: r.locale, position: existing + i })) });
    return { imported: take.length, skipped: rows.length - take.length };
  });
}
