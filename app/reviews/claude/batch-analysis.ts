// Finer aspects from Claude, for shops that configured a key. Reviews go in batches through the
// Message Batches API (half the price of single calls, results within hours) once there are
// enough of them; a handful goes through ordinary calls. Every answer is cached by content hash
// (ReviewAnalysisCache), so a review, or the same words under another product, is paid for once.
// Claude refines aspects only: sentiment stays the local one, so the counters never need redoing.
import type Anthropic from '@anthropic-ai/sdk';
import type { Db } from '~/db/client.server';
import type { AspectMention, SentimentLabel } from '../analyze/types';
import { refreshSummaries } from '../summary/store';
import { contentHash, parseAnswer, SYSTEM_PROMPT, userMessage, type ClaudeAspects } from './prompt';

/** analysisVersion of reviews whose aspects came from Claude. */
export const CLAUDE_ANALYSIS_VERSION = 2;
const MAX_TOKENS = 600;
const MAX_QUOTE = 240;

export interface ClaudeAnalysisOptions {
  db: Db;
  client: Pick<Anthropic, 'messages'>;
  model: string;
  /** From this many uncached reviews on, use the Message Batches API. */
  batchFrom?: number;
  pollIntervalMs?: number;
  /** Give up waiting for a batch after this long (it keeps running; the next run picks up nothing twice thanks to the cache). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ClaudeRunResult {
  reviews: number;
  fromCache: number;
  viaBatch: number;
  viaMessages: number;
  failed: number;
  batchId: string | null;
}

interface Pending {
  id: string;
  productId: string;
  title: string;
  body: string;
  sentiment: string;
  score: number;
  hash: string;
}

/**
 * Keeps only aspects whose quote really is in the review (case-insensitively): models sometimes
 * paraphrase, and a summary must never show a customer saying words they did not write.
 */
export function groundedAspects(review: { title: string; body: string; sentiment: string; score: number }, answer: ClaudeAspects): AspectMention[] {
  const text = `${review.title}\n${review.body}`.toLowerCase();
  return answer.aspects
    .filter((a) => text.includes(a.quote.toLowerCase()))
    .map((a) => ({
      aspect: a.aspect,
      sentiment: a.sentiment as SentimentLabel,
      // Claude says which way; the local score gives the strength the summaries rank quotes by.
      score: a.sentiment === 'neutral' ? 0 : (a.sentiment === 'positive' ? 1 : -1) * Math.max(0.3, Math.abs(review.score)),
      quote: a.quote.length > MAX_QUOTE ? `${a.quote.slice(0, MAX_QUOTE - 1)}…` : a.quote,
    }));
}

export function createClaudeReviewAnalysis(opts: ClaudeAnalysisOptions) {
  const { db, client, model } = opts;
  const batchFrom = opts.batchFrom ?? 50;
  const sleep = opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));

  const request = (p: Pending) => ({
    model,
    max_tokens: MAX_TOKENS,
    system: SYSTEM_PROMPT,
    messages: [{ role: 'user' as const, content: userMessage(p) }],
  });
  const textOf = (message: { content: { type: string; text?: string }[] }) => message.content.map((c) => (c.type === 'text' ? (c.text ?? '') : '')).join('');

  async function remember(hash: string, answer: ClaudeAspects): Promise<void> {
    const result = JSON.stringify(answer);
    await db.reviewAnalysisCache.upsert({ where: { contentHash: hash }, create: { contentHash: hash, model, result }, update: {} });
  }

  async function apply(p: Pending, answer: ClaudeAspects): Promise<void> {
    await db.review.update({ where: { id: p.id }, data: { aspects: JSON.stringify(groundedAspects(p, answer)), analysisVersion: CLAUDE_ANALYSIS_VERSION } });
  }

  async function viaBatch(pending: Pending[], result: ClaudeRunResult): Promise<Map<string, ClaudeAspects>> {
    const byHash = new Map(pending.map((p) => [p.hash, p]));
    const batch = await client.messages.batches.create({ requests: [...byHash.values()].map((p) => ({ custom_id: p.hash.slice(0, 64), params: request(p) })) });
    result.batchId = batch.id;
    const deadline = Date.now() + (opts.maxWaitMs ?? 24 * 3600_000);
    let status = batch.processing_status;
    while (status !== 'ended') {
      if (Date.now() > deadline) return new Map();
      await sleep(opts.pollIntervalMs ?? 60_000);
      status = (await client.messages.batches.retrieve(batch.id)).processing_status;
    }
    const answers = new Map<string, ClaudeAspects>();
    for await (const item of await client.messages.batches.results(batch.id)) {
      if (item.result.type !== 'succeeded') continue;
      const answer = parseAnswer(textOf(item.result.message));
      const p = [...byHash.values()].find((x) => x.hash.slice(0, 64) === item.custom_id);
      if (answer && p) answers.set(p.hash, answer);
    }
    return answers;
  }

  async function viaMessages(pending: Pending[]): Promise<Map<string, ClaudeAspects>> {
    const answers = new Map<string, ClaudeAspects>();
    for (const p of pending) {
      if (answers.has(p.hash)) continue;
      try {
        const answer = parseAnswer(textOf(await client.messages.create(request(p))));
        if (answer) answers.set(p.hash, answer);
      } catch {
        // One failed call leaves that review on its local aspects; the next run tries again.
      }
    }
    return answers;
  }

  /** Analyses up to `limit` of the shop's published reviews that Claude has not seen, newest first. */
  return async function analyzeShopReviews(shop: string, limit = 1000): Promise<ClaudeRunResult> {
    const rows = await db.review.findMany({
      where: { shop, published: true, analysisVersion: { lt: CLAUDE_ANALYSIS_VERSION } },
      select: { id: true, productId: true, title: true, body: true, sentiment: true, score: true },
      orderBy: { reviewedAt: 'desc' },
      take: limit,
    });
    const pending: Pending[] = rows.map((r) => ({ ...r, hash: contentHash(model, r) }));
    const result: ClaudeRunResult = { reviews: pending.length, fromCache: 0, viaBatch: 0, viaMessages: 0, failed: 0, batchId: null };
    const cached = new Map(
      (await db.reviewAnalysisCache.findMany({ where: { contentHash: { in: [...new Set(pending.map((p) => p.hash))] } } })).map((c) => [c.contentHash, parseAnswer(c.result)]),
    );
    const touched = new Set<string>();
    const uncached: Pending[] = [];
    for (const p of pending) {
      const answer = cached.get(p.hash);
      if (answer) {
        await apply(p, answer);
        touched.add(p.productId);
        result.fromCache++;
      } else uncached.push(p);
    }
    const distinct = new Set(uncached.map((p) => p.hash)).size;
    const useBatch = distinct >= batchFrom;
    const answers = distinct === 0 ? new Map<string, ClaudeAspects>() : useBatch ? await viaBatch(uncached, result) : await viaMessages(uncached);
    for (const [hash, answer] of answers) await remember(hash, answer);
    for (const p of uncached) {
      const answer = answers.get(p.hash);
      if (!answer) {
        result.failed++;
        continue;
      }
      await apply(p, answer);
      touched.add(p.productId);
      if (useBatch) result.viaBatch++;
      else result.viaMessages++;
    }
    if (touched.size) await refreshSummaries(db, shop, touched, { force: true });
    return result;
  };
}
