// Everything the report page shows besides the report itself: filter choices, imports with
// their progress, and the settings (push-token hint, alert address, merchant aspects).
import type { Db } from '~/db/client.server';
import { primaryLanguage } from '~/lang/detect';
import { SUPPORTED_LANGUAGES } from '../analyze';
import { listImports, type ImportStatus } from '../import/jobs';
import { CustomAspectsSchema, type CustomAspectInput } from '../settings';
import { buildReport, type ReportFilters, type ReviewReport } from './report';

export interface ReportPageData {
  report: ReviewReport;
  filters: ReportFilters;
  options: { products: { value: string; label: string }[]; collections: { value: string; label: string }[]; languages: string[] };
  imports: (Omit<ImportStatus, 'startedAt' | 'finishedAt'> & { startedAt: string; finishedAt: string | null })[];
  settings: { tokenHint: string | null; alertEmail: string; customAspects: CustomAspectInput[] };
}

const MAX_PRODUCT_OPTIONS = 300;

export async function reportPageData(db: Db, shop: string, filters: ReportFilters, now = new Date()): Promise<ReportPageData> {
  const [report, summaries, collectionRows, shopRow, imports, settings] = await Promise.all([
    buildReport(db, shop, filters, now),
    db.productReviewSummary.findMany({ where: { shop }, select: { handle: true, reviews: true }, orderBy: { reviews: 'desc' }, take: MAX_PRODUCT_OPTIONS }),
    db.product.findMany({ where: { shop, deletedAt: null }, select: { collections: true }, distinct: ['collections'], take: 2000 }),
    db.shop.findUnique({ where: { domain: shop }, select: { locales: true } }),
    listImports(db, shop, 5),
    db.reviewSettings.findUnique({ where: { shop } }),
  ]);
  const titles = new Map(
    (await db.product.findMany({ where: { shop, handle: { in: summaries.map((s) => s.handle) } }, select: { handle: true, title: true } })).map((p) => [p.handle, p.title]),
  );
  const collections = new Map<string, string>();
  for (const row of collectionRows) for (const c of JSON.parse(row.collections) as { handle: string; title: string }[]) collections.set(c.handle, c.title);
  return {
    report,
    filters,
    options: {
      products: summaries.map((s) => ({ value: s.handle, label: `${titles.get(s.handle) ?? s.handle} (${s.reviews})` })),
      collections: [...collections].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
      // The languages reviews are analysed in, and the shop's own (a count of reviews per language
      // would read every review of the shop on each page load).
      languages: [...new Set([...SUPPORTED_LANGUAGES, ...(JSON.parse(shopRow?.locales ?? '[]') as string[]).map(primaryLanguage)])].filter(Boolean).sort(),
    },
    imports: imports.map((i) => ({ ...i, startedAt: i.startedAt.toISOString(), finishedAt: i.finishedAt?.toISOString() ?? null })),
    settings: {
      tokenHint: settings?.tokenHint ?? null,
      alertEmail: settings?.alertEmail ?? '',
      customAspects: CustomAspectsSchema.catch([]).parse(JSON.parse(settings?.customAspects ?? '[]')),
    },
  };
}

/** "zipper: zip*, zamek\nscent: smell*, zapach" → aspects; throws a readable message on a bad line. */
export function parseCustomAspects(text: string): CustomAspectInput[] {
  const aspects = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      const m = /^([^:]+):(.+)$/.exec(line);
      if (!m) throw new Error(`line ${i + 1}: write "name: word, word"`);
      return { name: m[1].trim(), terms: m[2].split(',').map((t) => t.trim()).filter(Boolean) };
    });
  const parsed = CustomAspectsSchema.safeParse(aspects);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
