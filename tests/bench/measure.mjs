// Timing: percentiles over sequential samples, and a fixed-duration run of concurrent readers.
import { performance } from 'node:perf_hooks';

export function percentile(sortedMs, p) {
  if (!sortedMs.length) return NaN;
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[rank];
}

export function summarize(samplesMs) {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/** Runs `request(i)` `warmup` times unmeasured, then `samples` times one after another; returns p50, p95 and max. */
export async function sequential(request, { warmup = 5, samples = 50 } = {}) {
  for (let i = 0; i < warmup; i++) await request(i);
  const times = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await request(warmup + i);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** `workers` loops calling `request(worker, i)` back to back for `seconds`; returns requests/s, p50 and p95. */
export async function concurrent(request, { workers, seconds }) {
  const times = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t = performance.now();
        await request(worker, i);
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(times), perSecond: times.length / elapsed };
}
