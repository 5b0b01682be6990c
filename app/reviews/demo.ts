// Demo mode: the demo store's reviews.csv (a Judge.me export, see demo-store/README.md) imported
// like a merchant's upload. Call it once the demo catalog is in (reviews are matched to products),
// e.g. when the first catalog sync completes; importing it again adds nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '~/db/client.server';
import { requestImport } from './import/jobs';

export const DEMO_REVIEWS_FILE = 'reviews.csv';

/** Queues the import of `<storeDir>/reviews.csv`; null when the store has none. Run it with kickReviewImports(). */
export async function queueDemoReviews(db: Db, shop: string, storeDir: string): Promise<string | null> {
  const file = path.join(storeDir, DEMO_REVIEWS_FILE);
  if (!fs.existsSync(file)) return null;
  const done = await db.reviewImport.findFirst({ where: { shop, fileName: DEMO_REVIEWS_FILE, status: { in: ['pending', 'running', 'completed'] } }, select: { id: true } });
  if (done) return done.id;
  const { id } = await requestImport(db, shop, { name: DEMO_REVIEWS_FILE, content: fs.readFileSync(file, 'utf8') });
  return id;
}
