// The fake Messages API itself: both auth headers, JSON (non-streaming) replies, the request checks
// that catch engine bugs, and what it records.
import Anthropic from '@anthropic-ai/sdk';
import { reply, startFakeAnthropic, type FakeAnthropic } from '../server';

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await startFakeAnthropic({ apiKey: 'sk-fake' });
});
afterEach(() => fake.close());

const post = (body: unknown, headers: Record<string, string> = { 'x-api-key': 'sk-fake' }) =>
  fetch(`${fake.baseURL}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers },
    body: JSON.stringify(body),
  });

const minimal = { model: 'claude-haiku-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] };

test('answers a non-streaming request with a JSON message, accepting x-api-key', async () => {
  fake.enqueue(reply.tool('search_products', { query: 'boots' }, { text: 'Looking.', usage: { input: 10, output: 5, cacheRead: 7 } }));
  const res = await post(minimal);
  expect(res.status).toBe(200);
  const message = await res.json();
  expect(message).toMatchObject({
    type: 'message',
    model: 'claude-haiku-4-5',
    stop_reason: 'tool_use',
    content: [
      { type: 'text', text: 'Looking.' },
      { type: 'tool_use', name: 'search_products', input: { query: 'boots' } },
    ],
    usage: { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 7, cache_creation_input_tokens: 0 },
  });
  expect(fake.requests[0].auth).toEqual({ scheme: 'x-api-key', key: 'sk-fake' });
});

test('the SDK (Bearer auth) gets the same message without streaming', async () => {
  fake.enqueue(reply.text('Hello!'));
  const client = new Anthropic({ apiKey: 'sk-fake', baseURL: fake.baseURL, maxRetries: 0 });
  const message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] });
  expect(message.content).toEqual([{ type: 'text', text: 'Hello!', citations: null }]);
  expect(fake.requests[0].body.messages).toEqual([{ role: 'user', content: 'hi' }]);
});

test('rejects a wrong key, a dangling tool_use, and too many cache breakpoints, like the API', async () => {
  expect((await post(minimal, { 'x-api-key': 'nope' })).status).toBe(401);
  expect((await post(minimal, {})).status).toBe(401);

  const dangling = {
    ...minimal,
    tools: [{ name: 't', input_schema: { type: 'object' } }],
    messages: [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 't', input: {} }] },
      { role: 'user', content: 'and?' },
    ],
  };
  const res = await post(dangling);
  expect(res.status).toBe(400);
  expect((await res.json()).error.message).toMatch(/tool_use ids were found without tool_result/);

  const cc = { type: 'ephemeral' };
  const tooMany = { ...minimal, system: [1, 2, 3, 4, 5].map((i) => ({ type: 'text', text: `s${i}`, cache_control: cc })) };
  expect((await post(tooMany)).status).toBe(400);
  expect(fake.requests.map((r) => r.answeredWith)).toEqual(['unauthorized', 'unauthorized', 'invalid', 'invalid']);
});

test('with nothing scripted it answers 500 and says so', async () => {
  const res = await post(minimal);
  expect(res.status).toBe(500);
  expect(fake.requests[0].answeredWith).toBe('unscripted');
  fake.setResponder((body, i) => reply.text(`reply ${i} to ${body.model}`));
  expect((await (await post(minimal)).json()).content[0].text).toBe('reply 0 to claude-haiku-4-5');
});
