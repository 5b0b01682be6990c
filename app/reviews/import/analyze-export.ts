// `npm run reviews -- analyze FILE`: the analysis an import runs, over an export file, without a
// database. Cross-review flags (duplicates across products, reviewer bursts) are computed over
// the whole file, as an import computes them over the shop.
import { Readable } from 'node:stream';
import { batchFlags, contentFingerprint, createReviewAnalyzer, type AnalyzerOptions, type ReviewAnalysis } from '../analyze';
import { readReviewExport } from './parse-export';
import type { ReviewFormat } from './formats';

export interface FileAnalysis {
  format: ReviewFormat;
  results: ReviewAnalysis[];
  problems: { row: number; reason: string }[];
}

export async function analyzeExport(input: Readable | string | Buffer, opts: AnalyzerOptions & { format?: ReviewFormat['id'] } = {}): Promise<FileAnalysis> {
  const analyze = createReviewAnalyzer(opts);
  const source = await readReviewExport(input, { format: opts.format });
  const results: ReviewAnalysis[] = [];
  const meta: { product: string; fingerprint: string | null; reviewer: string | null; createdAt: Date | null }[] = [];
  const problems: FileAnalysis['problems'] = [];
  for await (const row of source.rows) {
    if (!row.ok) {
      problems.push({ row: row.row, reason: row.reason });
      continue;
    }
    const r = row.review;
    results.push(analyze({ id: r.externalId ?? `row-${r.row}`, title: r.title, body: r.body, rating: r.rating }));
    meta.push({ product: r.product.id ?? r.product.handle ?? r.product.sku ?? '', fingerprint: contentFingerprint(r.body), reviewer: r.reviewerEmail ?? null, createdAt: r.createdAt });
  }
  const extra = batchFlags(meta.map((m, index) => ({ index, ...m })));
  for (const [index, flags] of extra) results[index].flags = [...new Set([...results[index].flags, ...flags])];
  return { format: source.format, results, problems };
}
