// Finer aspects from Claude, for shops that configured a key. Reviews go in batches through the
// Message Batches API (half the price of single calls, results within hours) once there are
// enough of them; a handful goes through ordinary calls. Every answer is cached by content hash
// (ReviewAnalysisCache), so a review, or the same words under another product, is paid for once.
// Claude refines aspects only: sentiment stays the local one, so the counters never need redoing.
import type Anthropic from '@anthropic-ai/sdk';
import type { Db } from '~/db/client.server';
import { requestCostUsd } from '~/assistant/claude/pricing';
import type { Usage } from '~/assistant/types';
import type { AspectMention, SentimentLabel } from '../analyze/types';
import { refreshSummaries } from '../summary/store';
import { contentHash, parseAnswer, SYSTEM_PROMPT, userMessage, type ClaudeAspects } from './prompt';

/** analysisVersion of reviews whose aspects came from Claude. */
export const CLAUDE_ANALYSIS_VERSION = 2;
/** Message Batches are billed at half the price of the same single calls. */
export const BATCH_PRICE_FACTOR = 0.5;
const MAX_TOKENS = 600;
const MAX_QUOTE = 240;
/** Single calls failing this many times in a row mean the API is down: the rest wait for the next pass. */
const GIVE_UP_AFTER_ERRORS = 3;

/** Tokens and estimated cost of the calls a pass made. */
export type Spend = Omit<Usage, 'model'>;

type Client = Pick<Anthropic, 'messages'>;

export interface ClaudeAnalysisOptions {
  db: Db;
  client: Client;
  model: string;
  /** From this many uncached reviews on, use the Message Batches API. */
  batchFrom?: number;
  pollIntervalMs?: number;
  /** Stop waiting for a batch after this long; it keeps running and its id is in the result. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Called between calls and polls (a lease's heartbeat). */
  heartbeat?: () => Promise<unknown>;
  /** Called with what the calls cost as soon as it is known, before anything else can fail. */
  onSpend?: (spend: Spend) => Promise<unknown>;
  /** Called as soon as a batch exists, so its id is kept even if the rest of the pass fails. */
  onBatchSubmitted?: (batchId: string) => Promise<unknown>;
}

export interface AnalysisPass {
  /** Most reviews looked at (newest first). */
  limit?: number;
  /** Most this pass may spend, in USD, by the ceiling estimate; reviews beyond it wait (`deferred`). */
  budgetUsd?: number;
  /** false: submit the batch and return (`submitted`, `batchId`); read it later with createClaudeBatchReader. */
  waitForBatch?: boolean;
  /** false: only apply answers already in the cache (e.g. right after a batch was read). */
  send?: boolean;
}

export interface ClaudeRunResult {
  reviews: number;
  fromCache: number;
  viaBatch: number;
  viaMessages: number;
  /** Sent but not answered (API error, unusable answer): still pending, tried again next pass. */
  failed: number;
  /** Not sent this pass (over the budget, or `send: false`). */
  deferred: number;
  /** In a batch whose results are not read yet. */
  submitted: number;
  batchId: string | null;
  spend: Spend;
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

const noSpend = (): Spend => ({ inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0 });

function spendOf(model: string, usage: Anthropic.Usage, priceFactor: number): Spend {
  const tokens = {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    cacheWriteTokens: usage.cache_creation_input_tokens ?? 0,
  };
  return { ...tokens, costUsd: requestCostUsd(model, tokens) * priceFactor };
}

function addTo(total: Spend, more: Spend): void {
  total.inputTokens += more.inputTokens;
  total.outputTokens += more.outputTokens;
  total.cacheReadTokens += more.cacheReadTokens;
  total.cacheWriteTokens += more.cacheWriteTokens;
  total.costUsd += more.costUsd;
}

const spent = (s: Spend) => s.inputTokens + s.outputTokens + s.cacheReadTokens + s.cacheWriteTokens > 0;

const textOf = (message: { content: { type: string; text?: string }[] }) => message.content.map((c) => (c.type === 'text' ? (c.text ?? '') : '')).join('');

/**
 * What asking about one review can cost at most: the answer at its token limit, and the prompt at
 * one token per two UTF-8 bytes (no tokenizer at hand; generous for Latin scripts and CJK alike).
 */
export function requestCostCeilingUsd(model: string, review: { title: string; body: string }, batch: boolean): number {
  const inputTokens = Math.ceil(Buffer.byteLength(SYSTEM_PROMPT + userMessage(review)) / 2);
  return requestCostUsd(model, { inputTokens, outputTokens: MAX_TOKENS, cacheReadTokens: 0, cacheWriteTokens: 0 }) * (batch ? BATCH_PRICE_FACTOR : 1);
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

// Writes go in transactions of this many: thousands of answers land in seconds, not minutes.
const WRITE_CHUNK = 200;

type Write = ReturnType<Db['review']['update']> | ReturnType<Db['reviewAnalysisCache']['upsert']>;

async function inChunks<T>(db: Db, items: T[], write: (item: T) => Write): Promise<void> {
  for (let i = 0; i < items.length; i += WRITE_CHUNK) await db.$transaction(items.slice(i, i + WRITE_CHUNK).map(write));
}

function remember(db: Db, model: string, answers: Map<string, ClaudeAspects>): Promise<void> {
  return inChunks(db, [...answers], ([hash, answer]) =>
    db.reviewAnalysisCache.upsert({ where: { contentHash: hash }, create: { contentHash: hash, model, result: JSON.stringify(answer) }, update: {} }),
  );
}

export interface BatchRead {
  /** false while the batch is still processing: nothing was read. */
  ended: boolean;
  answered: number;
  /** Errored, expired, cancelled or unusable: those reviews stay pending. */
  unanswered: number;
  spend: Spend;
}

/**
 * Reads an ended batch's answers into the cache (requests are keyed by content hash, so the
 * answers apply to whichever reviews carry those words by the time they are read).
 */
export function createClaudeBatchReader(opts: Pick<ClaudeAnalysisOptions, 'db' | 'client' | 'model' | 'onSpend'>) {
  const { db, client, model } = opts;
  return async function readBatch(batchId: string): Promise<BatchRead> {
    const read: BatchRead = { ended: false, answered: 0, unanswered: 0, spend: noSpend() };
    if ((await client.messages.batches.retrieve(batchId)).processing_status !== 'ended') return read;
    read.ended = true;
    const answers = new Map<string, ClaudeAspects>();
    for await (const item of await client.messages.batches.results(batchId)) {
      if (item.result.type !== 'succeeded') {
        read.unanswered++;
        continue;
      }
      // Billed whether or not the answer is usable.
      addTo(read.spend, spendOf(model, item.result.message.usage, BATCH_PRICE_FACTOR));
      const answer = parseAnswer(textOf(item.result.message));
      if (answer) {
        answers.set(item.custom_id, answer);
        read.answered++;
      } else read.unanswered++;
    }
    // Metered first: should storing fail, the batch is read (and metered) again, which can only
    // make the cap trip early, never late.
    if (spent(read.spend)) await opts.onSpend?.(read.spend);
    await remember(db, model, answers);
    return read;
  };
}

export function createClaudeReviewAnalysis(opts: ClaudeAnalysisOptions) {
  const { db, client, model } = opts;
  const batchFrom = opts.batchFrom ?? 50;
  const sleep = opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const heartbeat = opts.heartbeat ?? (async () => {});
  const readBatch = createClaudeBatchReader(opts);

  const request = (p: Pending) => ({
    model,
    max_tokens: MAX_TOKENS,
    system: SYSTEM_PROMPT,
    messages: [{ role: 'user' as const, content: userMessage(p) }],
  });

  async function cachedAnswers(hashes: string[]): Promise<Map<string, ClaudeAspects>> {
    const answers = new Map<string, ClaudeAspects>();
    for (const row of await db.reviewAnalysisCache.findMany({ where: { contentHash: { in: hashes } } })) {
      const answer = parseAnswer(row.result);
      if (answer) answers.set(row.contentHash, answer);
    }
    return answers;
  }

  function apply(answered: [Pending, ClaudeAspects][]): Promise<void> {
    return inChunks(db, answered, ([p, answer]) =>
      db.review.update({ where: { id: p.id }, data: { aspects: JSON.stringify(groundedAspects(p, answer)), analysisVersion: CLAUDE_ANALYSIS_VERSION } }),
    );
  }

  /** Newest first, while the ceiling estimate stays within the budget. */
  function withinBudget(distinct: Pending[], budgetUsd: number, batch: boolean): Pending[] {
    if (!Number.isFinite(budgetUsd)) return distinct;
    let total = 0;
    const chosen: Pending[] = [];
    for (const p of distinct) {
      total += requestCostCeilingUsd(model, p, batch);
      if (total > budgetUsd) break;
      chosen.push(p);
    }
    return chosen;
  }

  /** Waits for the batch and reads it into the cache; false when maxWaitMs ran out first. */
  async function waitAndRead(batchId: string, spend: Spend): Promise<boolean> {
    const deadline = Date.now() + (opts.maxWaitMs ?? 24 * 3600_000);
    for (;;) {
      const read = await readBatch(batchId);
      if (read.ended) {
        addTo(spend, read.spend);
        return true;
      }
      if (Date.now() > deadline) return false;
      await sleep(opts.pollIntervalMs ?? 60_000);
      await heartbeat();
    }
  }

  async function viaMessages(distinct: Pending[], spend: Spend): Promise<Map<string, ClaudeAspects>> {
    const answers = new Map<string, ClaudeAspects>();
    const callSpend = noSpend();
    let errorsInARow = 0;
    for (const p of distinct) {
      try {
        const message = await client.messages.create(request(p));
        errorsInARow = 0;
        addTo(callSpend, spendOf(model, message.usage, 1));
        const answer = parseAnswer(textOf(message));
        if (answer) answers.set(p.hash, answer);
      } catch {
        // That review keeps its local aspects; the next pass tries again.
        if (++errorsInARow >= GIVE_UP_AFTER_ERRORS) break;
      }
      await heartbeat();
    }
    addTo(spend, callSpend);
    if (spent(callSpend)) await opts.onSpend?.(callSpend);
    return answers;
  }

  /** Analyses the shop's published reviews that Claude has not seen, newest first. */
  return async function analyzeShopReviews(shop: string, pass: AnalysisPass = {}): Promise<ClaudeRunResult> {
    const rows = await db.review.findMany({
      where: { shop, published: true, analysisVersion: { lt: CLAUDE_ANALYSIS_VERSION } },
      select: { id: true, productId: true, title: true, body: true, sentiment: true, score: true },
      orderBy: { reviewedAt: 'desc' },
      take: pass.limit ?? 1000,
    });
    const pending: Pending[] = rows.map((r) => ({ ...r, hash: contentHash(model, r) }));
    const result: ClaudeRunResult = { reviews: pending.length, fromCache: 0, viaBatch: 0, viaMessages: 0, failed: 0, deferred: 0, submitted: 0, batchId: null, spend: noSpend() };
    const cached = await cachedAnswers([...new Set(pending.map((p) => p.hash))]);
    const uncached: Pending[] = [];
    const answered: [Pending, ClaudeAspects][] = [];
    for (const p of pending) {
      const answer = cached.get(p.hash);
      if (answer) {
        answered.push([p, answer]);
        result.fromCache++;
      } else uncached.push(p);
    }

    const distinct = [...new Map(uncached.map((p) => [p.hash, p])).values()];
    const budget = pass.budgetUsd ?? Infinity;
    let toSend = pass.send === false ? [] : withinBudget(distinct, budget, true);
    const useBatch = toSend.length >= batchFrom;
    if (!useBatch && pass.send !== false) toSend = withinBudget(distinct, budget, false);
    const sent = new Set(toSend.map((p) => p.hash));
    const asked = uncached.filter((p) => sent.has(p.hash));
    result.deferred = uncached.length - asked.length;

    if (toSend.length) {
      // null while the answers are in a batch not read yet.
      let answers: Map<string, ClaudeAspects> | null;
      if (useBatch) {
        // custom_id holds the whole content hash: SHA-256 in hex is exactly the API's 64-character limit.
        const batch = await client.messages.batches.create({ requests: toSend.map((p) => ({ custom_id: p.hash, params: request(p) })) });
        result.batchId = batch.id;
        await opts.onBatchSubmitted?.(batch.id);
        const read = pass.waitForBatch !== false && (await waitAndRead(batch.id, result.spend));
        answers = read ? await cachedAnswers([...sent]) : null;
        if (!answers) result.submitted = asked.length;
      } else {
        answers = await viaMessages(toSend, result.spend);
        await remember(db, model, answers);
      }
      for (const p of answers ? asked : []) {
        const answer = answers?.get(p.hash);
        if (!answer) {
          result.failed++;
          continue;
        }
        answered.push([p, answer]);
        if (useBatch) result.viaBatch++;
        else result.viaMessages++;
      }
    }
    await apply(answered);
    const touched = new Set(answered.map(([p]) => p.productId));
    if (touched.size) await refreshSummaries(db, shop, touched, { force: true });
    return result;
  };
}

