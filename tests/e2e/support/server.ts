import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const root = resolve(__dirname, '../../..');

export interface RunningNode {
  child: ChildProcess;
  output: { text: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isAlive(): boolean;
}

/** Polls `url` until it answers 200, the process dies, or `timeoutMs` passes. */
export async function waitForHealthy(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('the server exited before it became healthy');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
}

/** Runs `node <script>` from the repository root with `env` over ours (undefined removes a variable). */
export function runNode(script: string, env: Record<string, string | undefined>): RunningNode {
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const child = spawn(process.execPath, [resolve(root, script)], { cwd: root, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { text: '' };
  child.stdout?.on('data', (chunk) => (output.text += chunk));
  child.stderr?.on('data', (chunk) => (output.text += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  return { child, output, exited, isAlive: () => child.exitCode === null && child.signalCode === null };
}
