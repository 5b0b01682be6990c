// The merchant's FAQ (FaqEntry): read for the assistant, and seeded for the demo and tests.
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';

/** The demo store's faq.json shape, with an optional language (null/absent: any language). */
export interface FaqInput {
  q: string;
  a: string;
  locale?: string | null;
}

/** Replaces the shop's FAQ with `faq`, in order. Rerunning it gives the same FAQ. */
export async function seedFaq(db: Db, shop: string, faq: FaqInput[]): Promise<number> {
  return inTransaction(db, async (tx) => {
    await tx.faqEntry.deleteMany({ where: { shop } });
    for (const [position, entry] of faq.entries()) {
      await tx.faqEntry.create({
        data: { shop, question: entry.q.trim(), answer: entry.a.trim(), locale: entry.locale ?? null, position },
      });
    }
    return faq.length;
  });
}

/** FAQ entries for a language: those written for it, for the shop's main language, or for any. */
export async function faqEntries(db: Db, shop: string, languages: string[]) {
  return db.faqEntry.findMany({
    where: { shop, OR: [{ locale: null }, { locale: { in: languages } }] },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { question: true, answer: true, locale: true },
  });
}
