// The Claude engine against the local Messages API fake, through the real SDK: streaming, the tool
// loop and its bounds, retries, timeouts, prompt caching markers and usage.
import { blocksOf, reply, systemOf, startFakeAnthropic, type FakeAnthropic } from '../../../../test/fakes/anthropic/server';
import { createClaudeEngine, MAX_TOOL_CALLS_PER_ROUND, type ClaudeEngineOptions } from '../engine';
import { ModelUnavailableError } from '../errors';
import { requestCostUsd } from '../pricing';
import { brokenTool, cartTool, engineInput, product, recordingSleep, searchTool, textOf } from './helpers';

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await startFakeAnthropic({ apiKey: 'sk-test' });
});
afterEach(() => fake.close());

function engine(opts: Partial<ClaudeEngineOptions> = {}) {
  return createClaudeEngine({ apiKey: 'sk-test', baseURL: fake.baseURL, maxRetries: 0, sleep: recordingSleep().sleep, ...opts });
}

async function failure(p: Promise<unknown>): Promise<ModelUnavailableError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ModelUnavailableError) return e;
    throw e;
  }
  throw new Error('expected the turn to fail');
}

test('streams text deltas in order as they arrive and returns the whole reply', async () => {
  fake.enqueue(reply.text(['Dzień ', 'dobry! ', 'W czym ', 'mogę pomóc?'], { usage: { input: 1200, output: 14 } }));
  const input = engineInput({ message: 'Cześć' });
  const out = await engine().respond(input);

  const deltas = input.events.filter((e) => e.type === 'text').map((e) => (e as { delta: string }).delta);
  expect(deltas).toEqual(['Dzień ', 'dobry! ', 'W czym ', 'mogę pomóc?']);
  expect(out.reply).toBe('Dzień dobry! W czym mogę pomóc?');
  expect(out.toolCalls).toEqual([]);
  expect(fake.requests).toHaveLength(1);
  expect(fake.requests[0].body.stream).toBe(true);
  expect(fake.requests[0].auth).toEqual({ scheme: 'bearer', key: 'sk-test' });
});

test('runs a tool loop: search, then an answer grounded in the tool result', async () => {
  const search = searchTool([product('storm-shell', 89), product('city-parka', 140)]);
  fake.enqueue(
    reply.tool('search_products', { query: 'rain jacket', maxPrice: 100 }, { text: 'Sprawdzę katalog.' }),
    reply.text('Mam dla Ciebie kurtkę Storm Shell za 89 EUR.'),
  );
  const input = engineInput({ tools: [search.tool, cartTool()] });
  const out = await engine().respond(input);

  // The model rewrote the Polish query into catalog terms; the tool got validated input and the context.
  expect(search.calls).toHaveLength(1);
  expect(search.calls[0].input).toEqual({ query: 'rain jacket', maxPrice: 100 });
  expect(search.calls[0].ctx).toMatchObject({ shop: { shop: 'rain-gear.myshopify.com' }, shopper: { conversationId: 'conv_test' } });

  const second = fake.requests[1].body;
  const [assistantTurn, toolTurn] = second.messages.slice(-2);
  expect(assistantTurn.role).toBe('assistant');
  const use = blocksOf(assistantTurn).find((b) => b.type === 'tool_use')!;
  expect(use).toMatchObject({ name: 'search_products', input: { query: 'rain jacket', maxPrice: 100 } });
  const result = blocksOf(toolTurn).find((b) => b.type === 'tool_result')!;
  expect(result.tool_use_id).toBe(use.id);
  expect(result.is_error).toBeUndefined();
  // JSON of result.data.
  expect(JSON.parse(String(result.content))).toEqual({ total: 1, products: [{ handle: 'storm-shell', title: 'storm shell', price: 89 }] });

  expect(out.products.map((p) => p.handle)).toEqual(['storm-shell']);
  expect(out.toolCalls).toEqual([{ name: 'search_products', input: { query: 'rain jacket', maxPrice: 100 }, ok: true }]);
  expect(out.reply).toBe('Sprawdzę katalog.\n\nMam dla Ciebie kurtkę Storm Shell za 89 EUR.');
  expect(textOf(input.events)).toBe(out.reply);
  expect(input.events.filter((e) => e.type === 'tool')).toEqual([{ type: 'tool', name: 'search_products' }]);
});

test('invalid tool input becomes an is_error result and the model recovers', async () => {
  const search = searchTool();
  fake.enqueue(
    reply.tool('search_products', { query: '', maxPrice: -5 }),
    reply.tool('search_products', { query: 'rain jacket' }),
    reply.text('Here is the Storm Shell.'),
  );
  const out = await engine().respond(engineInput({ tools: [search.tool] }));

  const firstResult = blocksOf(fake.requests[1].body.messages.at(-1))[0];
  expect(firstResult.is_error).toBe(true);
  expect(firstResult.content).toMatch(/Invalid input for search_products: query: .*maxPrice: /);
  expect(search.calls.map((c) => c.input)).toEqual([{ query: 'rain jacket' }]);
  expect(out.toolCalls.map((c) => [c.ok, c.error])).toEqual([
    [false, 'invalid_input'],
    [true, undefined],
  ]);
  expect(out.reply).toBe('Here is the Storm Shell.');
});

test('a tool that throws or does not exist is reported to the model without internals', async () => {
  fake.enqueue(
    reply.tools([
      { name: 'store_policies', input: { topic: 'returns' } },
      { name: 'delete_all_orders', input: {} },
    ]),
    reply.text('Sorry, I could not read the returns policy. Shall I pass your question to the team?'),
  );
  const out = await engine().respond(engineInput({ tools: [searchTool().tool, brokenTool()] }));

  const results = blocksOf(fake.requests[1].body.messages.at(-1));
  expect(results.map((r) => r.is_error)).toEqual([true, true]);
  expect(results[0].content).not.toMatch(/SQLITE|secret/);
  expect(results[1].content).toMatch(/no tool named "delete_all_orders"/);
  expect(out.toolCalls.map((c) => c.error)).toEqual(['tool_failed', 'unknown_tool']);
});

test('collects actions and deduplicates products across rounds', async () => {
  fake.enqueue(
    reply.tool('search_products', { query: 'jacket' }),
    reply.tools([
      { name: 'search_products', input: { query: 'shell jacket' } },
      { name: 'add_to_cart', input: { handle: 'storm-shell' } },
    ]),
    reply.text('Added a button for the Storm Shell.'),
  );
  const out = await engine().respond(engineInput({ tools: [searchTool().tool, cartTool()] }));
  expect(out.products.map((p) => p.handle)).toEqual(['storm-shell']);
  expect(out.actions).toEqual([
    {
      type: 'add_to_cart',
      variantId: 'gid://shopify/ProductVariant/storm-shell',
      productHandle: 'storm-shell',
      title: 'storm-shell',
      quantity: 1,
    },
  ]);
  expect(out.toolCalls.map((c) => c.name)).toEqual(['search_products', 'search_products', 'add_to_cart']);
});

test('the iteration bound stops an endless tool loop and asks for a final answer without tools', async () => {
  const search = searchTool();
  fake.setResponder((body) =>
    body.tool_choice?.type === 'none' ? reply.text('Best I found: the Storm Shell.') : reply.tool('search_products', { query: 'jacket' }),
  );
  const out = await engine({ maxToolIterations: 3 }).respond(engineInput({ tools: [search.tool] }));

  expect(search.calls).toHaveLength(3);
  expect(fake.requests).toHaveLength(4);
  expect(fake.requests.slice(0, 3).every((r) => r.body.tool_choice === undefined)).toBe(true);
  const last = fake.requests[3].body;
  expect(last.tool_choice).toEqual({ type: 'none' });
  expect(blocksOf(last.messages.at(-1)).at(-1)?.text).toMatch(/Tool limit/);
  expect(out.reply).toBe('Best I found: the Storm Shell.');
});

test('more tool calls in one reply than allowed are answered with errors, not run', async () => {
  const search = searchTool();
  const calls = Array.from({ length: MAX_TOOL_CALLS_PER_ROUND + 2 }, (_, i) => ({ name: 'search_products', input: { query: `q${i}` } }));
  fake.enqueue(reply.tools(calls), reply.text('Done.'));
  const out = await engine().respond(engineInput({ tools: [search.tool] }));
  expect(search.calls).toHaveLength(MAX_TOOL_CALLS_PER_ROUND);
  expect(out.toolCalls.filter((c) => c.error === 'too_many_calls')).toHaveLength(2);
  // Every tool_use still got its tool_result (the fake rejects the request otherwise).
  expect(fake.requests[1].answeredWith).toBe('text');
});

test('sends the system prompt and tools with cache_control, and caches the conversation prefix', async () => {
  fake.enqueue(reply.text('Hi!'));
  const input = engineInput({
    shop: {
      ...engineInput().shop,
      settings: {
        ...engineInput().shop.settings,
        personaName: 'Kropla',
        tone: 'playful',
        customInstructions: 'Always mention free shipping over 50 EUR.',
      },
    },
    tools: [searchTool().tool, cartTool()],
    history: [
      { role: 'assistant', content: 'Hi! How can I help?' },
      { role: 'user', content: 'Do you ship to Poland?' },
      { role: 'assistant', content: 'Yes, we do.' },
    ],
  });
  await engine().respond(input);
  const body = fake.requests[0].body;
  const system = systemOf(body);
  const tools = body.tools ?? [];

  expect(system).toHaveLength(2);
  expect(system[0].cache_control).toEqual({ type: 'ephemeral' });
  expect(system[0].text).toContain('You are Kropla');
  expect(system[0].text).toContain('Always mention free shipping over 50 EUR.');
  expect(system[0].text).toMatch(/Playful/);
  expect(system[1].cache_control).toBeUndefined();
  expect(system[1].text).toContain('reply in Polish (pl)');

  expect(tools.map((t) => t.name)).toEqual(['search_products', 'add_to_cart']);
  expect(tools[0].cache_control).toBeUndefined();
  expect(tools[1].cache_control).toEqual({ type: 'ephemeral' });
  expect(tools[0].input_schema).toMatchObject({ type: 'object', required: ['query'] });

  // The leading greeting is dropped (the API wants a user message first); the new message is last,
  // carrying the conversation's cache breakpoint.
  expect(body.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
  expect(body.messages[2].content).toEqual([
    { type: 'text', text: 'Szukam kurtki przeciwdeszczowej do 100 euro', cache_control: { type: 'ephemeral' } },
  ]);
  expect(body.max_tokens).toBe(1024);
  expect(body.model).toBe('claude-sonnet-5-5');
  expect(body.temperature).toBeUndefined();
});

test('passes thinking blocks back unchanged, signature included, with the tool results', async () => {
  fake.enqueue(
    reply.tool('search_products', { query: 'jacket' }, { thinking: 'The shopper wants a rain jacket.' }),
    reply.text('Here you go.'),
  );
  const out = await engine().respond(engineInput());
  expect(out.reply).toBe('Here you go.');
  const assistantTurn = blocksOf(fake.requests[1].body.messages.at(-2));
  expect(assistantTurn[0]).toEqual({
    type: 'thinking',
    thinking: 'The shopper wants a rain jacket.',
    signature: expect.stringMatching(/^sig_/),
  });
  expect(assistantTurn[1]).toMatchObject({ type: 'tool_use', name: 'search_products' });
});

test('sums usage across the loop and prices it per call', async () => {
  fake.enqueue(
    reply.tool('search_products', { query: 'jacket' }, { usage: { input: 200, output: 40, cacheWrite: 3000, cacheRead: 0 } }),
    reply.text('Found it.', { usage: { input: 350, output: 60, cacheWrite: 250, cacheRead: 3000 } }),
  );
  const out = await engine({ model: 'claude-haiku-4-5' }).respond(engineInput());
  expect(out.usage).toEqual({
    model: 'claude-haiku-4-5',
    inputTokens: 550,
    outputTokens: 100,
    cacheWriteTokens: 3250,
    cacheReadTokens: 3000,
    costUsd: expect.any(Number),
  });
  // Haiku 4.5: $1 in, $5 out, $1.25 cache write, $0.10 cache read per MTok.
  expect(out.usage!.costUsd).toBeCloseTo((550 * 1 + 100 * 5 + 3250 * 1.25 + 3000 * 0.1) / 1e6, 12);
  expect(out.usage!.costUsd).toBeCloseTo(
    requestCostUsd('claude-haiku-4-5', { inputTokens: 200, outputTokens: 40, cacheWriteTokens: 3000, cacheReadTokens: 0 }) +
      requestCostUsd('claude-haiku-4-5', { inputTokens: 350, outputTokens: 60, cacheWriteTokens: 250, cacheReadTokens: 3000 }),
    12,
  );
});

test('retries a 429 after the retry-after delay, then succeeds', async () => {
  const { delays, sleep } = recordingSleep();
  fake.enqueue(reply.rateLimited(2), reply.text('Hello after a pause.'));
  const out = await engine({ maxRetries: 2, sleep }).respond(engineInput());
  expect(out.reply).toBe('Hello after a pause.');
  expect(fake.requests.map((r) => r.answeredWith)).toEqual(['error', 'text']);
  expect(delays).toHaveLength(1);
  expect(delays[0]).toBeGreaterThanOrEqual(2000);
});

test('backs off exponentially with jitter on 5xx, then recovers', async () => {
  const { delays, sleep } = recordingSleep();
  fake.enqueue(reply.serverError(), reply.overloaded(), reply.text('Back.'));
  const out = await engine({ maxRetries: 3, sleep, random: () => 0.5 }).respond(engineInput());
  expect(out.reply).toBe('Back.');
  expect(delays).toEqual([375, 750]);
});

test('529 on every attempt ends in ModelUnavailableError after the bounded retries', async () => {
  const { delays, sleep } = recordingSleep();
  fake.setResponder(() => reply.overloaded());
  const err = await failure(engine({ maxRetries: 3, sleep }).respond(engineInput()));
  expect(err.reason).toBe('overloaded');
  expect(err.details.status).toBe(529);
  expect(fake.requests).toHaveLength(4);
  expect(delays).toHaveLength(3);
  expect(err.details.usage).toMatchObject({ inputTokens: 0, outputTokens: 0, costUsd: 0 });
});

test('an overloaded error inside the stream, before any text, is retried', async () => {
  fake.enqueue(reply.streamError('overloaded_error', 0), reply.text('Fine now.'));
  const out = await engine({ maxRetries: 1 }).respond(engineInput());
  expect(out.reply).toBe('Fine now.');
});

test('a stream cut after text reached the shopper is not retried (it would repeat)', async () => {
  fake.enqueue(
    { ...reply.cut(['Kurtka ', 'Storm ', 'Shell ', 'kosztuje'], 2), usage: { input: 321, cacheRead: 1000 } },
    reply.text('never sent'),
  );
  const input = engineInput();
  const err = await failure(engine({ maxRetries: 2 }).respond(input));
  expect(err.reason).toBe('stream_interrupted');
  expect(err.details.textEmitted).toBe(true);
  // The broken call's prompt was billed (message_start said so): it is metered.
  expect(err.details.usage).toMatchObject({ inputTokens: 321, cacheReadTokens: 1000 });
  expect(textOf(input.events)).toBe('Kurtka Storm ');
  expect(fake.requests).toHaveLength(1);
});

test('a stream cut before any text is retried like a connection error', async () => {
  fake.enqueue(reply.cut('lost', 0), reply.text('Second try.'));
  const out = await engine({ maxRetries: 1 }).respond(engineInput());
  expect(out.reply).toBe('Second try.');
});

test('authentication failures are not retried', async () => {
  const err = await failure(
    createClaudeEngine({ apiKey: 'wrong', baseURL: fake.baseURL, maxRetries: 3, sleep: recordingSleep().sleep }).respond(engineInput()),
  );
  expect(err.reason).toBe('auth');
  expect(fake.requests).toHaveLength(1);
});

test('a hanging API ends in a timeout error within the turn budget', async () => {
  fake.enqueue(reply.hang());
  // Ending at all is the point (a hang would trip Jest's timeout); how fast is the bench's business.
  const err = await failure(engine({ timeoutMs: 300, maxRetries: 2 }).respond(engineInput()));
  expect(err.reason).toBe('timeout');
  expect(err.message).toMatch(/300 ms budget/);
  expect(fake.requests).toHaveLength(1);
});

test("a retry-after longer than the turn's budget gives up at once", async () => {
  const { delays, sleep } = recordingSleep();
  fake.enqueue(reply.rateLimited(60));
  const err = await failure(engine({ timeoutMs: 2_000, maxRetries: 3, sleep }).respond(engineInput()));
  expect(err.reason).toBe('rate_limited');
  expect(delays).toEqual([]);
});

test("the caller's abort signal stops the turn", async () => {
  fake.enqueue(reply.hang());
  const controller = new AbortController();
  const p = engine({ timeoutMs: 10_000 }).respond(engineInput({ signal: controller.signal }));
  setTimeout(() => controller.abort(), 50);
  const err = await failure(p);
  expect(err.reason).toBe('timeout');
  expect(err.message).toMatch(/cancelled/);
});

test('a reply with no text at all is a failure (the fallback answers instead)', async () => {
  fake.enqueue(reply.text([], { stopReason: 'refusal' }));
  const err = await failure(engine().respond(engineInput()));
  expect(err.reason).toBe('empty_reply');
});

test('usage spent before a failure travels on the error', async () => {
  fake.enqueue(reply.tool('search_products', { query: 'jacket' }, { usage: { input: 100, output: 20 } }), reply.overloaded());
  const err = await failure(engine({ model: 'claude-sonnet-5-5' }).respond(engineInput()));
  expect(err.reason).toBe('overloaded');
  expect(err.details.usage).toMatchObject({ inputTokens: 100, outputTokens: 20, model: 'claude-sonnet-5-5' });
  expect(err.details.usage!.costUsd).toBeCloseTo((100 * 2 + 20 * 10) / 1e6, 12);
});
