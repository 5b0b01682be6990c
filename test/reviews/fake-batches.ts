// A local stand-in for the Anthropic Messages and Message Batches APIs (node:http), enough for the
// SDK to create a batch, poll it, stream its JSONL results and make single calls. `answer` decides
// the text Claude "replies" for a user message; every request is recorded. Set `failing` to answer
// every request with 529 overloaded (the API down), `expiring` to end batches with every request expired.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeBatches {
  url: string;
  batches: { id: string; requests: { custom_id: string; params: { messages: { content: string }[] } }[] }[];
  messageCalls: number;
  failing: boolean;
  expiring: boolean;
  close(): Promise<void>;
}

export async function startFakeBatches(answer: (userText: string) => string, opts: { pollsBeforeEnd?: number } = {}): Promise<FakeBatches> {
  const state: FakeBatches = { url: '', batches: [], messageCalls: 0, failing: false, expiring: false, close: async () => {} };
  const polls = new Map<string, number>();
  const message = (text: string) => ({
    id: `msg_${Math.random().toString(36).slice(2)}`, type: 'message', role: 'assistant', model: 'claude-test', content: [{ type: 'text', text }],
    stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 10 },
  });
  const batchJson = (id: string, ended: boolean) => ({
    id, type: 'message_batch', processing_status: ended ? 'ended' : 'in_progress',
    request_counts: { processing: 0, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
    created_at: new Date().toISOString(), expires_at: new Date().toISOString(), ended_at: ended ? new Date().toISOString() : null,
    archived_at: null, cancel_initiated_at: null, results_url: ended ? `${state.url}/v1/messages/batches/${id}/results` : null,
  });
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const json = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (!/^Bearer |^sk-/.test(req.headers.authorization ?? (req.headers['x-api-key'] as string) ?? '')) return json(401, { type: 'error', error: { type: 'authentication_error', message: 'no key' } });
      if (state.failing) return json(529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
      if (req.method === 'POST' && url.pathname === '/v1/messages') {
        state.messageCalls++;
        const params = JSON.parse(body) as { messages: { content: string }[] };
        return json(200, message(answer(params.messages[0].content)));
      }
      if (req.method === 'POST' && url.pathname === '/v1/messages/batches') {
        const id = `msgbatch_${state.batches.length + 1}`;
        state.batches.push({ id, requests: (JSON.parse(body) as { requests: FakeBatches['batches'][number]['requests'] }).requests });
        polls.set(id, 0);
        return json(200, batchJson(id, false));
      }
      const m = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(url.pathname);
      if (req.method === 'GET' && m) {
        const batch = state.batches.find((b) => b.id === m[1]);
        if (!batch) return json(404, { type: 'error', error: { type: 'not_found_error', message: 'no batch' } });
        if (m[2]) {
          res.writeHead(200, { 'content-type': 'application/binary' });
          const result = (r: (typeof batch.requests)[number]) =>
            state.expiring ? { type: 'expired' } : { type: 'succeeded', message: message(answer(r.params.messages[0].content)) };
          res.end(batch.requests.map((r) => JSON.stringify({ custom_id: r.custom_id, result: result(r) })).join('\n') + '\n');
          return;
        }
        const n = (polls.get(batch.id) ?? 0) + 1;
        polls.set(batch.id, n);
        return json(200, batchJson(batch.id, n > (opts.pollsBeforeEnd ?? 1)));
      }
      json(404, { type: 'error', error: { type: 'not_found_error', message: url.pathname } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
