import { parseArgs } from 'node:util';

/** Size and seed of a synthetic organization. */
export interface SynthOptions {
  groups: number;
  /** Members enrolled in a group at a time (closed groups start a little above it to allow for dropout). */
  members: number;
  /** Weekly sessions per group, the last one in the week before today. */
  weeks: number;
  /** Seeds the random choices, so a size and seed always tell the same story. */
  seed: number;
}

/** A refusal or a bad request of the synth command; the CLI prints its message and exits with code 2. */
export class SynthError extends Error {
  override name = 'SynthError';
}

const LIMITS: Record<keyof SynthOptions, { fallback: number; min: number; max: number }> = {
  groups: { fallback: 500, min: 1, max: 5000 },
  members: { fallback: 10, min: 2, max: 40 },
  weeks: { fallback: 208, min: 1, max: 520 },
  seed: { fallback: 1, min: 0, max: 2 ** 32 - 1 },
};

/** Reads `--groups 500 --members 10 --weeks 208 --seed 1`; every option is optional. */
export function parseSynthOptions(args: string[]): SynthOptions {
  const values = parseFlags(args);
  const read = (name: keyof SynthOptions): number => {
    const { fallback, min, max } = LIMITS[name];
    const raw = values[name];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) throw new SynthError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
    return value;
  };
  return { groups: read('groups'), members: read('members'), weeks: read('weeks'), seed: read('seed') };
}

function parseFlags(args: string[]): Partial<Record<keyof SynthOptions, string>> {
  try {
    return parseArgs({
      args,
      options: { groups: { type: 'string' }, members: { type: 'string' }, weeks: { type: 'string' }, seed: { type: 'string' } },
    }).values;
  } catch (error) {
    throw new SynthError(error instanceof Error ? error.message : String(error));
  }
}
