// withFallback: Claude first; the local engine answers when Claude fails, and the output says so.
import { reply, startFakeAnthropic, type FakeAnthropic } from '../../../../test/fakes/anthropic/server';
import type { Engine, EngineInput } from '../../types';
import { createClaudeEngine } from '../engine';
import { REPLY_RESTARTED, withFallback } from '../fallback';
import { engineInput, recordingSleep, textOf } from './helpers';

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await startFakeAnthropic();
});
afterEach(() => fake.close());

function localEngine(): Engine & { inputs: EngineInput[] } {
  const inputs: EngineInput[] = [];
  return {
    name: 'local',
    inputs,
    async respond(input) {
      inputs.push(input);
      input.emit({ type: 'text', delta: 'Lokalna odpowiedź.' });
      return { reply: 'Lokalna odpowiedź.', products: [], actions: [], toolCalls: [], intent: 'product_search' };
    },
  };
}

const claude = (maxRetries = 1) => createClaudeEngine({ apiKey: 'k', baseURL: fake.baseURL, maxRetries, sleep: recordingSleep().sleep });

test('Claude answers: no fallback, and the output says Claude answered', async () => {
  fake.enqueue(reply.text('Claude here.'));
  const local = localEngine();
  const out = await withFallback(claude(), local).respond(engineInput());
  expect(out).toMatchObject({ reply: 'Claude here.', fallback: false, answeredBy: 'claude' });
  expect(local.inputs).toHaveLength(0);
});

test('Claude fails before any text: the local engine answers seamlessly and the fallback is recorded', async () => {
  fake.setResponder(() => reply.overloaded());
  const local = localEngine();
  const input = engineInput();
  const seen: unknown[] = [];
  const out = await withFallback(claude(2), local, { onFallback: (e) => seen.push(e) }).respond(input);

  expect(out).toMatchObject({
    reply: 'Lokalna odpowiedź.',
    fallback: true,
    answeredBy: 'local',
    fallbackReason: 'overloaded',
    intent: 'product_search',
  });
  expect(fake.requests).toHaveLength(3);
  expect(local.inputs).toHaveLength(1);
  expect(seen).toHaveLength(1);
  expect(input.events).toEqual([{ type: 'text', delta: 'Lokalna odpowiedź.' }]);
  // Tokens are metered even on fallback (none were spent here).
  expect(out.usage).toMatchObject({ model: 'claude-sonnet-5-5', inputTokens: 0, costUsd: 0 });
});

test('Claude breaks mid-reply: the partial text is discarded with an event, then the local reply streams', async () => {
  fake.enqueue(reply.cut(['Kurtka ', 'kosztuje ', '89'], 2));
  const input = engineInput();
  const out = await withFallback(claude(), localEngine()).respond(input);

  expect(out).toMatchObject({ reply: 'Lokalna odpowiedź.', fallback: true, fallbackReason: 'stream_interrupted' });
  const restart = input.events.findIndex((e) => e.type === 'error' && e.code === REPLY_RESTARTED);
  expect(restart).toBeGreaterThan(0);
  expect(textOf(input.events.slice(0, restart))).toBe('Kurtka kosztuje ');
  expect(textOf(input.events.slice(restart))).toBe(out.reply);
});

test('a failure after a tool round keeps the tokens already spent for metering', async () => {
  fake.enqueue(reply.tool('search_products', { query: 'jacket' }, { usage: { input: 400, output: 30 } }));
  fake.setResponder(() => reply.serverError());
  const out = await withFallback(claude(0), localEngine()).respond(engineInput());
  expect(out.fallback).toBe(true);
  expect(out.fallbackReason).toBe('server_error');
  expect(out.usage).toMatchObject({ inputTokens: 400, outputTokens: 30 });
  expect(out.usage!.costUsd).toBeGreaterThan(0);
});

test('any error from the primary engine falls back, not only model errors', async () => {
  const broken: Engine = {
    name: 'claude',
    respond: async () => {
      throw new Error('bug');
    },
  };
  const out = await withFallback(broken, localEngine()).respond(engineInput());
  expect(out).toMatchObject({ fallback: true, answeredBy: 'local', fallbackReason: 'unknown' });
  expect(out.usage).toBeUndefined();
});
