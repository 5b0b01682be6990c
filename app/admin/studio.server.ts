// The prompt studio's engine room: the real turn pipeline (runTurn) with a draft's settings
// injected, so a draft is tried exactly as shoppers would meet it, against the real catalog.
// Studio runs are side-effect free for the shop: their conversations are born marked `test`
// (excluded from analytics and lists), and the hand-off tool answers as if it had passed the
// question on without putting anything in the merchant's inbox.
import type { Db } from '~/db/client.server';
import { runTurn, type TurnDeps } from '~/assistant/turn';
import { createTools } from '~/assistant/tools';
import { checkExpectations, evalCaseSchema, type EvalCase, type TurnOutcome } from '~/eval/cases';
import type { AssistantSettings, Engine, Tool, TurnEvent } from '~/assistant/types';

const testClients = new WeakMap<object, Db>();

/** The same database, but every conversation created through it is a studio test. */
export function testMarkingDb(db: Db): Db {
  let marked = testClients.get(db);
  if (!marked) {
    marked = db.$extends({
      query: {
        conversation: {
          create({ args, query }) {
            return query({ ...args, data: { ...args.data, test: true } } as typeof args);
          },
        },
      },
    }) as unknown as Db;
    testClients.set(db, marked);
  }
  return marked;
}

function dryRunHandoff(tool: Tool): Tool {
  return {
    ...tool,
    async run() {
      return { ok: true, data: { handedOff: true, reference: 'STUDIO', message: "The store's team has the question and will answer by e-mail." } };
    },
  };
}

/** A variant of the app's turn deps in which `settings` replace the shop's live settings. */
export function studioDeps(base: TurnDeps, settings: AssistantSettings): TurnDeps {
  return {
    ...base,
    db: testMarkingDb(base.db),
    tools: () => createTools(settings).map((t) => (t.name === 'handoff_to_human' ? dryRunHandoff(t) : t)),
    engineFor: async (shop) => {
      const withDraft = { ...shop, settings };
      const choice = await base.engineFor(withDraft);
      // The engine builds its prompt from input.shop: hand it the draft.
      const engine: Engine = { name: choice.engine.name, respond: (input) => choice.engine.respond({ ...input, shop: withDraft }) };
      return { ...choice, engine };
    },
  };
}

export interface StudioTurn {
  shop: string;
  message: string;
  conversationId?: string;
  locale?: string;
}

export function studioTurn(deps: TurnDeps, req: StudioTurn, emit?: (e: TurnEvent) => void) {
  return runTurn(deps, { shop: req.shop, customerId: null, ip: null, conversationId: req.conversationId, message: req.message, locale: req.locale }, emit);
}

export interface CaseRun {
  id: string;
  caseId: string;
  passed: boolean;
  failures: string[];
  reply: string;
}

/** Runs the merchant's saved cases through the pipeline with `settings`, one after another. */
export async function runCases(deps: TurnDeps, shop: string, cases: { id: string; case: EvalCase }[]): Promise<CaseRun[]> {
  const out: CaseRun[] = [];
  for (const { id, case: c } of cases) {
    let conversationId: string | undefined;
    let last: TurnOutcome | null = null;
    const failures: string[] = [];
    try {
      for (const message of c.turns) {
        const reply = await studioTurn(deps, { shop, message, conversationId, locale: c.locale });
        conversationId = reply.conversationId;
        const saved = await deps.db.message.findUniqueOrThrow({ where: { id: reply.messageId }, select: { meta: true } });
        const tools = ((JSON.parse(saved.meta) as { toolCalls?: { name: string }[] }).toolCalls ?? []).map((x) => x.name);
        last = { reply: reply.reply, language: reply.language, products: reply.products.map((p) => p.handle), tools };
      }
      failures.push(...checkExpectations(c, last!));
    } catch (error) {
      failures.push(`turn failed: ${(error as Error).message}`);
    }
    out.push({ id, caseId: c.id, passed: failures.length === 0, failures, reply: last?.reply ?? '' });
  }
  return out;
}

export const MAX_CASES = 50;

export async function listCases(db: Db, shop: string) {
  const rows = await db.studioTestCase.findMany({ where: { shop }, orderBy: { createdAt: 'asc' }, take: MAX_CASES });
  return rows.flatMap((r) => {
    const parsed = evalCaseSchema.safeParse(JSON.parse(r.case));
    return parsed.success ? [{ id: r.id, case: parsed.data, fromReply: !!r.sourceMessageId }] : [];
  });
}
