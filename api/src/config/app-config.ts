import { isIP } from 'node:net';
import { join, resolve } from 'node:path';

/** Typed, validated configuration. The only place in the API that reads process.env. */
export interface AppConfig {
  /** The login the API serves through: a member of `cohesion_app` that owns nothing (checked at start). */
  databaseUrl: string;
  /** The login that owns the schema and runs migrations and the command line; DATABASE_URL when not set. */
  databaseOwnerUrl: string;
  /** Where Cohesion keeps files of its own (the audit trail's checkpoints; embedded PostgreSQL under `npm start`). */
  dataDir: string;
  host: string;
  port: number;
  demoMode: boolean;
  demoPassword: string;
  webRoot: string;
  /**
   * Which proxies in front of the API to believe about the client (X-Forwarded-For, -Proto): none (false), the nearest
   * `n` hops, or the proxies at these addresses and ranges.
   */
  trustProxy: false | number | string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Encrypts second-factor secrets at rest; required outside demo mode (checked when the API starts). */
  secretKey: string | null;
  /** Requests per minute one signed-in person may make to the expensive routes (analytics, exports). */
  expensiveRequestsPerMinute: number;
  /**
   * Failed sign-ins within `windowMinutes` that lock strangers out of an account (by email) or a client address, or
   * lock one known browser (device cookie), for `lockMinutes`; a stranger's attempts after a failure wait
   * `delayBaseMs`, doubling.
   */
  signInThrottle: {
    accountFailures: number;
    addressFailures: number;
    windowMinutes: number;
    lockMinutes: number;
    delayBaseMs: number;
  };
  /** Wrong second-factor codes an account may see in an hour; the next one ends the half-signed session. */
  secondFactorFailuresPerHour: number;
  /**
   * Outgoing email: the SMTP server (`smtp://` or `smtps://`, with its login in the URL) and the sender. Without a
   * server, mail waits in the outbox (demo mode catches it for the demo mailbox instead).
   */
  /** Where people open the dashboard: the start of every link in an email, and of the single sign-on redirect URI. */
  publicUrl: string;
  mail: {
    smtpUrl: string | null;
    from: string;
    /** How often this process sends what the outbox holds; 0: never (another replica sends). */
    pollMs: number;
  };
  database: {
    poolSize: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    /** The longest a statement waits for a lock before it gives up (a stuck lock must not hold requests forever). */
    lockTimeoutMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the environment; throws one ConfigError naming every wrong variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const databaseUrl = read.databaseUrl('DATABASE_URL');
  const config: AppConfig = {
    databaseUrl,
    databaseOwnerUrl: env['DATABASE_OWNER_URL']?.trim() ? read.databaseUrl('DATABASE_OWNER_URL') : databaseUrl,
    dataDir: resolve(read.string('COHESION_DATA_DIR', '.data')),
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 3000, 1, 65535),
    demoMode: read.flag('COHESION_DEMO', false),
    demoPassword: read.string('COHESION_DEMO_PASSWORD', 'cohesion-demo'),
    webRoot: read.string('COHESION_WEB_ROOT', join(__dirname, '..', 'web', 'browser')),
    trustProxy: read.trustedProxies('COHESION_TRUST_PROXY'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    sessionIdleMinutes: read.integer('COHESION_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: read.integer('COHESION_SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
    secretKey: read.secret('COHESION_SECRET_KEY', 32),
    expensiveRequestsPerMinute: read.integer('COHESION_EXPENSIVE_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
    signInThrottle: {
      accountFailures: read.integer('COHESION_SIGN_IN_ACCOUNT_FAILURES', 5, 1, 1000),
      // Several people behind one clinic's address may mistype: an address gets more tries than an account.
      addressFailures: read.integer('COHESION_SIGN_IN_ADDRESS_FAILURES', 20, 1, 100_000),
      windowMinutes: read.integer('COHESION_SIGN_IN_WINDOW_MINUTES', 15, 1, 24 * 60),
      lockMinutes: read.integer('COHESION_SIGN_IN_LOCK_MINUTES', 15, 1, 24 * 60),
      delayBaseMs: read.integer('COHESION_SIGN_IN_DELAY_MS', 500, 0, 8000),
    },
    secondFactorFailuresPerHour: read.integer('COHESION_SECOND_FACTOR_FAILURES', 10, 1, 100),
    publicUrl: read.publicUrl('COHESION_PUBLIC_URL', `http://localhost:${env['PORT']?.trim() || 3000}`),
    mail: {
      smtpUrl: read.smtpUrl('COHESION_SMTP_URL'),
      from: read.mailbox('COHESION_MAIL_FROM', 'Cohesion <cohesion@localhost>'),
      pollMs: read.integer('COHESION_MAIL_POLL_MS', 2000, 0, 3_600_000),
    },
    database: {
      poolSize: read.integer('COHESION_DB_POOL_SIZE', 10, 1, 200),
      connectTimeoutMs: read.integer('COHESION_DB_CONNECT_TIMEOUT_MS', 5000, 100, 60_000),
      statementTimeoutMs: read.integer('COHESION_DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
      lockTimeoutMs: read.integer('COHESION_DB_LOCK_TIMEOUT_MS', 5000, 100, 600_000),
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export const SECRET_KEY_REQUIRED = 'COHESION_SECRET_KEY is required outside demo mode: at least 32 random characters (for example: openssl rand -base64 32)';

/** What serving needs beyond what every command needs: the key that protects second-factor secrets. */
export function assertServable(config: AppConfig): void {
  if (!config.demoMode && config.secretKey === null) throw new ConfigError([SECRET_KEY_REQUIRED]);
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string, fallback: string): string {
    const value = this.env[name]?.trim();
    return value ? value : fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  secret(name: string, minLength: number): string | null {
    const value = this.env[name]?.trim();
    if (!value) return null;
    if (value.length < minLength) this.problems.push(`${name} must have at least ${minLength} characters (for example: openssl rand -base64 32)`);
    return value;
  }

  flag(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be 1 or 0 (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  /** `0`, a hop count, or a comma-separated list of addresses, CIDR ranges and proxy-addr's named ranges. */
  trustedProxies(name: string): false | number | string[] {
    const raw = this.env[name]?.trim().toLowerCase();
    if (!raw || ['0', 'false', 'no', 'off'].includes(raw)) return false;
    if (/^\d+$/.test(raw)) {
      if (Number(raw) <= MAX_PROXY_HOPS) return Number(raw);
      this.problems.push(`${name} must be at most ${MAX_PROXY_HOPS} proxy hops (got ${raw}): a count above the real chain lets a client name its own address`);
      return false;
    }
    const entries = raw
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const unparsable = entries.filter((entry) => !isProxyAddress(entry));
    if (unparsable.length || !entries.length) {
      this.problems.push(
        `${name} must be 0, a number of proxy hops (1 behind one TLS proxy), or a comma-separated list of proxy addresses or ranges ` +
          `(10.0.0.2, 172.16.0.0/12, loopback, uniquelocal), ranges no wider than /${MIN_IPV4_PREFIX} (IPv4) or /${MIN_IPV6_PREFIX} (IPv6); trusting every proxy would let any client choose its own address (got "${unparsable.join(', ') || raw}")`,
      );
      return false;
    }
    return entries;
  }

  smtpUrl(name: string): string | null {
    const raw = this.env[name]?.trim();
    if (!raw) return null;
    let protocol = '';
    try {
      protocol = new URL(raw).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') {
      this.problems.push(`${name} must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org:465`);
      return null;
    }
    return raw;
  }

  publicUrl(name: string, fallback: string): string {
    const value = this.string(name, fallback).replace(/\/+$/, '');
    try {
      const url = new URL(value);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && !url.search && !url.hash) return value;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be the dashboard's address, such as https://cohesion.clinic.example (no path)`);
    return fallback;
  }

  /** An address, alone or with a display name: `cohesion@clinic.example` or `Cohesion <cohesion@clinic.example>`. */
  mailbox(name: string, fallback: string): string {
    const value = this.string(name, fallback);
    if (!/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(value) || value.includes('<') !== value.endsWith('>')) {
      this.problems.push(`${name} must be an email address, optionally with a name: Cohesion <cohesion@clinic.example>`);
      return fallback;
    }
    return value;
  }

  databaseUrl(name: string): string {
    const raw = this.env[name]?.trim();
    if (!raw) {
      this.problems.push(`${name} is required: a PostgreSQL URL such as postgres://user:password@host:5432/cohesion`);
      return '';
    }
    try {
      const url = new URL(raw);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        this.problems.push(`${name} must start with postgres:// or postgresql:// (got "${url.protocol}//…")`);
      } else if (!url.hostname && !url.searchParams.get('host')) {
        this.problems.push(`${name} names no host`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL; expected postgres://user:password@host:5432/database`);
    }
    return raw;
  }
}

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

const MAX_PROXY_HOPS = 10;
/** Proxy ranges wider than these cover the internet more than a clinic's network: a few of them cover every address. */
const MIN_IPV4_PREFIX = 8;
const MIN_IPV6_PREFIX = 16;

function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const [narrowest, widest] = family === 4 ? [32, MIN_IPV4_PREFIX] : [128, MIN_IPV6_PREFIX];
  return /^\d+$/.test(prefix) && Number(prefix) <= narrowest && Number(prefix) >= widest;
}
