// Everything the report page shows besides the report itself: filter choices, imports with
// their progress, the settings (push-token hint, alert address, merchant aspects) and where the
// Claude analysis stands.
import type { Db } from '~/db/client.server';
import { primaryLanguage } from '~/lang/detect';
import { resolveClaudeConfig } from '~/assistant/usage/claude-config.server';
import { SUPPORTED_LANGUAGES } from '../analyze';
import { CLAUDE_ANALYSIS_VERSION } from '../claude/batch-analysis';
import { listImports, type ImportStatus } from '../import/jobs';
import { CustomAspectsSchema, type CustomAspectInput } from '../settings';
import { buildReport, type ReportFilters, type ReviewReport } from './report';

export interface ReportPageData {
  report: ReviewReport;
  filters: ReportFilters;
  options: { products: { value: string; label: string }[]; collections: { value: string; label: string }[]; languages: string[] };
  imports: (Omit<ImportStatus, 'startedAt' | 'finishedAt'> & { startedAt: string; finishedAt: string | null })[];
  settings: { tokenHint: string | null; alertEmail: string; customAspects: CustomAspectInput[] };
  claude: ClaudeStatus;
}

/** Where the finer Claude analysis of the shop's reviews stands, for the merchant. */
export interface ClaudeStatus {
  /** A key is configured (the shop's or the operator's) and the operator has not switched it off. */
  enabled: boolean;
  analysed: number;
  waiting: number;
  lastRunAt: string | null;
  nextRunAt: string | null;
  batchPending: boolean;
  error: string | null;
}

async function claudeStatus(db: Db, shop: string, env: Record<string, string | undefined>): Promise<ClaudeStatus> {
  const enabled = env.AISLE_REVIEW_CLAUDE !== 'off' && (await resolveClaudeConfig(db, shop, env)) != null;
  const off: ClaudeStatus = { enabled, analysed: 0, waiting: 0, lastRunAt: null, nextRunAt: null, batchPending: false, error: null };
  if (!enabled) return off;
  // Both counts walk the (shop, analysisVersion) index, not the reviews.
  const [analysed, waiting, row] = await Promise.all([
    db.review.count({ where: { shop, analysisVersion: CLAUDE_ANALYSIS_VERSION } }),
    db.review.count({ where: { shop, analysisVersion: { lt: CLAUDE_ANALYSIS_VERSION } } }),
    db.reviewClaudeSchedule.findUnique({ where: { shop } }),
  ]);
  return {
    ...off,
    analysed,
    waiting,
    lastRunAt: row?.lastRunAt?.toISOString() ?? null,
    nextRunAt: row?.nextRunAt?.toISOString() ?? null,
    batchPending: !!row?.batchId,
    error: row?.error ?? null,
  };
}

const MAX_PRODUCT_OPTIONS = 300;

export async function reportPageData(db: Db, shop: string, filters: ReportFilters, now = new Date(), env: Record<string, string | undefined> = process.env): Promise<ReportPageData> {
  const [report, summaries, collectionRows, shopRow, imports, settings, claude] = await Promise.all([
    buildReport(db, shop, filters, now),
    db.productReviewSummary.findMany({ where: { shop }, select: { handle: true, reviews: true }, orderBy: { reviews: 'desc' }, take: MAX_PRODUCT_OPTIONS }),
    db.product.findMany({ where: { shop, deletedAt: null }, select: { collections: true }, distinct: ['collections'], take: 2000 }),
    db.shop.findUnique({ where: { domain: shop }, select: { locales: true } }),
    listImports(db, shop, 5),
    db.reviewSettings.findUnique({ where: { shop } }),
    claudeStatus(db, shop, env),
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
    claude,
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
