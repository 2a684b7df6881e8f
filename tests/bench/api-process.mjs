// The built API as its own process on a free port, and its memory as the kernel counts it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../../tools/postgres.cjs';
import { API_NODE_FLAGS, API_SCRIPT, root } from '../../tools/launch.mjs';

/** Starts the API as `npm start` does (quiet logs; demo seeding only when asked) and waits until /api/health answers 200. */
export async function startApi(env, { demo = false } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, resolve(root, API_SCRIPT)], {
    cwd: root,
    env: {
      // The benchmark and the fault tests measure capacity, so the per-person budget of expensive requests is lifted.
      // Without a secret key of the caller's (npm start's data folder has one), a key of this run's own: no second
      // factor is enrolled in their organizations, but the audit rows the run writes verify only under that key.
      COHESION_EXPENSIVE_REQUESTS_PER_MINUTE: '1000000',
      COHESION_SECRET_KEY: randomBytes(32).toString('base64'),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      COHESION_DEMO: demo ? '1' : '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  // pino writes to stdout: both streams are kept, the last megabyte of them.
  const keep = (chunk) => (errors = (errors + chunk).slice(-1_000_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up:\n${errors}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API did not become healthy within 60 s:\n${errors}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    baseUrl,
    pid: child.pid,
    running: () => child.exitCode === null && child.signalCode === null,
    /** What the API logged (warnings and errors at the benchmark's level), the last megabyte of it. */
    errorLog: () => errors,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Samples VmRSS every `everyMs`; `peakMb()` is the larger of the samples' peak and the kernel's VmHWM. */
export function watchMemory(pid, everyMs = 100) {
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, kb('VmRSS'));
    } catch {
      // the process is gone
    }
  }, everyMs);
  timer.unref();
  return {
    peakMb() {
      clearInterval(timer);
      let hwm = 0;
      try {
        hwm = kb('VmHWM');
      } catch {
        // the process is gone
      }
      return Math.max(peak, hwm) / 1024;
    },
  };
}
