// Starts `npm run demo` as a child process on a free port, as a newcomer would, and waits until
// the initial catalog sync has finished. Browser tests drive it with Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface DemoProcess {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startDemo(opts: { store?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<DemoProcess> {
  const port = await freePort();
  const args = ['--import', 'tsx', path.resolve('scripts/demo.ts'), '--port', String(port)];
  if (opts.store) args.push('--store', opts.store);
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, NODE_ENV: 'development', NODE_OPTIONS: '', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not sync in time:\n${log}`)), opts.timeoutMs ?? 90_000);
    const check = () => {
      if (/catalog synced/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo exited with ${code}:\n${log}`));
    });
  });
  return {
    url: `http://localhost:${port}`,
    output: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
