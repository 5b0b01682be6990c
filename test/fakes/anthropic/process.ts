// The Messages API fake in a child process, for benches: in production the model runs elsewhere,
// so its CPU must not compete with the engine's event loop. The child answers a fixed two-call
// scenario (a tool call, then once a tool result comes back, a streamed answer) and reports each
// request's timings on demand. Times are epoch milliseconds with sub-millisecond precision
// (performance.timeOrigin + performance.now()), comparable across the two processes.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { blocksOf, reply, startFakeAnthropic, type FakeToolCall, type FakeUsage } from './server';

export interface TwoStepScenario {
  toolCall: FakeToolCall;
  toolUsage?: FakeUsage;
  answer: string;
  answerUsage?: FakeUsage;
  /** Regex source; its first match in a request's newest messages names the turn the request belongs to. */
  markerPattern: string;
}

export interface ProcessRecord {
  marker: string | null;
  receivedAt: number;
  finishedAt?: number;
  firstDeltaAt?: number;
}

export interface FakeAnthropicProcess {
  baseURL: string;
  /** Timings of the requests since the last reset (and clears them). */
  collect(): Promise<ProcessRecord[]>;
  close(): Promise<void>;
}

type FromChild = { type: 'ready'; baseURL: string } | { type: 'records'; records: ProcessRecord[] };

export function startFakeAnthropicProcess(scenario: TwoStepScenario): Promise<FakeAnthropicProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--fake-anthropic-child'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: ((records: ProcessRecord[]) => void)[] = [];
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (m: FromChild) => {
      if (m.type === 'records') waiting.shift()?.(m.records);
      if (m.type !== 'ready') return;
      resolve({
        baseURL: m.baseURL,
        collect: () =>
          new Promise((done) => {
            waiting.push(done);
            child.send({ type: 'collect' });
          }),
        close: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.send({ type: 'close' });
          }),
      });
    });
    child.send({ type: 'start', scenario });
  });
}

const epoch = (t: number | undefined) => (t === undefined ? undefined : performance.timeOrigin + t);

async function runChild() {
  // Never outlive the bench: when the parent goes away (even killed), so does the fake.
  process.on('disconnect', () => process.exit(0));
  let collectRecords: () => ProcessRecord[] = () => [];
  let close: () => Promise<void> = async () => {};
  process.on('message', async (m: { type: string; scenario?: TwoStepScenario }) => {
    if (m.type === 'start' && m.scenario) {
      const s = m.scenario;
      const marker = new RegExp(s.markerPattern);
      const fake = await startFakeAnthropic();
      fake.setResponder((body) =>
        blocksOf(body.messages.at(-1)).some((b) => b.type === 'tool_result')
          ? reply.text(s.answer, { usage: s.answerUsage })
          : reply.tools([s.toolCall], { usage: s.toolUsage }),
      );
      collectRecords = () =>
        fake.requests.splice(0).map((r) => ({
          marker: marker.exec(JSON.stringify(r.body.messages?.slice(-3) ?? []))?.[0] ?? null,
          receivedAt: epoch(r.receivedAt)!,
          finishedAt: epoch(r.finishedAt),
          firstDeltaAt: epoch(r.firstDeltaAt),
        }));
      close = () => fake.close();
      process.send?.({ type: 'ready', baseURL: fake.baseURL });
    } else if (m.type === 'collect') {
      process.send?.({ type: 'records', records: collectRecords() });
    } else if (m.type === 'close') {
      await close();
      process.exit(0);
    }
  });
}

if (process.argv[2] === '--fake-anthropic-child') void runChild();
