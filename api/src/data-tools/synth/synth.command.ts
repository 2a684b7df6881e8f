import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { PoolClient } from 'pg';
import { memberCodeFromRandomBytes } from '@cohesion/domain';
import type { AppConfig } from '../../config/app-config';
import { redactedTarget, withDatabase } from '../../database/prepare-database';
import { withMigratedDatabase, type OwnerDatabaseConfig } from '../../start-up/migrated-database';
import { hashPassword } from '../../modules/auth/password-hasher';
import { DEMO_ACCOUNTS } from '../demo/demo-story';
import { CopyLoader } from './copy-loader';
import { simulateGroup } from './group-history';
import { planOrganization, type OrganizationPlan } from './organization-plan';
import { dayNumber, weeklySessionDays } from './session-calendar';
import { analyzeTables, beginBulkLoad, inTransaction, rebuildOutcomeRollups, resetUnlessReal, vacuumAnalyzeOthers } from './synth-database';
import type { SynthOptions } from './synth-options';
import { SynthRandom } from './synth-random';
import { formatReport, type SynthReport } from './synth-report';
import { groupRows, structureRows, SYNTH_TABLES, type SynthTable } from './synth-rows';

/** Rows gathered in memory before they are sent (a few tens of MB of COPY text). */
const FLUSH_ROWS = 250_000;

/**
 * `synth`: replaces the configured database's demo or synthetic data with a synthetic organization of the requested
 * size, written with COPY in one transaction, and prints what it wrote and how long each phase took.
 */
export async function runSynth(
  config: OwnerDatabaseConfig & Pick<AppConfig, 'demoPassword'>,
  options: SynthOptions,
  print: (text: string) => void = (text) => process.stdout.write(`${text}\n`),
  now = new Date(),
): Promise<SynthReport> {
  const clock = new PhaseClock();
  print(
    `Synthetic organization: ${options.groups} groups, ${options.members} members each, ${options.weeks} weeks (seed ${options.seed}) into ${redactedTarget(config.databaseOwnerUrl)}`,
  );
  await clock.time('reset the database', () => withDatabase(config, resetUnlessReal));
  const passwordHash = await clock.time('hash the demo password', () => hashPassword(config.demoPassword));
  const random = new SynthRandom(options.seed);
  const plan = planOrganization(options, random, randomUUID);

  const result = await withMigratedDatabase(config, async (db) => {
    clock.lap('migrate');
    const runner = db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      const tables = Object.keys(SYNTH_TABLES) as SynthTable[];
      const loaded = await inTransaction(client, async () => {
        // Row-level security binds the owner too: the transaction works for the synthetic organization.
        await client.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [plan.organizationId]);
        const bulkLoad = await beginBulkLoad(client, tables);
        const written = await load(client, plan, { options, passwordHash, random, now }, clock);
        await clock.time('analyze', () => analyzeTables(client, tables));
        await clock.time('build keys, indexes and foreign keys', bulkLoad.restoreLoaded);
        await bulkLoad.endLoad();
        await clock.time('rebuild outcome rollups', () => rebuildOutcomeRollups(client, plan.organizationId));
        await clock.time("build the rollups' keys", bulkLoad.restoreOthers);
        return written;
      });
      await clock.time('vacuum and analyze the rollups', () => vacuumAnalyzeOthers(client, tables));
      return loaded;
    } finally {
      await runner.release();
    }
  });
  const report: SynthReport = { organizationId: plan.organizationId, ...result, seconds: clock.phases() };
  print(formatReport(report));
  print(`Sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} with the demo password.`);
  return report;
}

interface LoadInput {
  options: SynthOptions;
  passwordHash: string;
  random: SynthRandom;
  now: Date;
}

/**
 * Generates group by group and streams the rows out with COPY while the next batch is generated (PostgreSQL parses on
 * one core, this process generates on the other). At most two batches are in memory at a time.
 */
async function load(client: PoolClient, plan: OrganizationPlan, input: LoadInput, clock: PhaseClock) {
  const { options, random, now } = input;
  const loader = new CopyLoader(client, SYNTH_TABLES, { freeze: true });
  const newMemberCode = memberCodes(random);
  const today = dayNumber(now);
  let signedSessions = 0;
  let sending: Promise<void> = Promise.resolve();
  structureRows(plan, input.passwordHash, loader);
  for (const group of plan.groups) {
    const started = performance.now();
    const history = simulateGroup(group, { members: options.members, weeks: options.weeks, random, newId: randomUUID, newMemberCode });
    const days = weeklySessionDays(group.weekday, options.weeks, now);
    signedSessions += groupRows(plan.organizationId, group, history, { days, today, random, newId: randomUUID }, loader);
    clock.add('generate rows (while COPY runs)', performance.now() - started);
    if (loader.pending >= FLUSH_ROWS) {
      await clock.time('wait for COPY', () => sending);
      sending = loader.flush();
      // Awaited before the next flush; until then a failure must not count as unhandled.
      sending.catch(() => undefined);
    }
    // Lets the socket take more of the batch being sent.
    await new Promise((resume) => setImmediate(resume));
  }
  await clock.time('wait for COPY', async () => {
    await sending;
    await loader.flush();
  });
  return { rows: loader.counts(), signedSessions };
}

/** Member codes from the domain's generator, drawn from the seeded random, unique in the organization. */
function memberCodes(random: SynthRandom): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const code = memberCodeFromRandomBytes(random.bytes(6));
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
}

/** Wall-clock seconds per named phase; a phase timed several times adds up. */
class PhaseClock {
  private readonly started = performance.now();
  private last = this.started;
  private readonly totals = new Map<string, number>();

  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(phase, performance.now() - started);
      this.last = performance.now();
    }
  }

  /** Charges the time since the previous phase ended to `phase`. */
  lap(phase: string): void {
    this.add(phase, performance.now() - this.last);
    this.last = performance.now();
  }

  add(phase: string, ms: number): void {
    this.totals.set(phase, (this.totals.get(phase) ?? 0) + ms);
  }

  phases(): { phase: string; seconds: number }[] {
    return [...this.totals, ['total', performance.now() - this.started] as const].map(([phase, ms]) => ({ phase, seconds: ms / 1000 }));
  }
}
