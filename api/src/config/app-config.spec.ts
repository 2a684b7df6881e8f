import { join } from 'node:path';
import { assertServable, ConfigError, loadConfig, SECRET_KEY_REQUIRED } from './app-config';

const DATABASE_URL = 'postgres://cohesion@127.0.0.1:5432/cohesion';

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const config = loadConfig({ DATABASE_URL });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      demoMode: false,
      demoPassword: 'cohesion-demo',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
    });
  });

  it('names every wrong variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', COHESION_DEMO: 'maybe', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('DATABASE_URL must start with postgres://');
    expect(problems).toContain('PORT must be a whole number from 1 to 65535 (got "eighty")');
    expect(problems).toContain('COHESION_DEMO must be 1 or 0');
    expect(problems).toContain('LOG_LEVEL must be one of');
  });

  it('trusts no proxy by default, a number of hops, or named proxies, but never every proxy', () => {
    const trust = (value: string) => loadConfig({ DATABASE_URL, COHESION_TRUST_PROXY: value }).trustProxy;
    expect(loadConfig({ DATABASE_URL }).trustProxy).toBe(false);
    expect(trust('0')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('10.0.0.2, 172.16.0.0/12,uniquelocal')).toEqual(['10.0.0.2', '172.16.0.0/12', 'uniquelocal']);
    expect(trust('10')).toBe(10);
    expect(trust('10.0.0.0/8,fd00::/16')).toEqual(['10.0.0.0/8', 'fd00::/16']);
    // An outside review started the API with ranges that together cover every address, and with 999 hops: refused.
    for (const wrong of ['true', 'yes', '10.0.0.300', '10.0.0.0/40', 'proxy.internal', ',', '0.0.0.0/1,128.0.0.0/1', '0.0.0.0/0', '::/0', '2000::/3']) {
      expect(() => trust(wrong)).toThrow(/COHESION_TRUST_PROXY must be 0, a number of proxy hops/);
    }
    expect(() => trust('999')).toThrow(/COHESION_TRUST_PROXY must be at most 10 proxy hops/);
  });

  it('migrates through DATABASE_OWNER_URL, or DATABASE_URL without one, and names a malformed one', () => {
    expect(loadConfig({ DATABASE_URL }).databaseOwnerUrl).toBe(DATABASE_URL);
    const owner = 'postgres://cohesion_owner@127.0.0.1:5432/cohesion';
    expect(loadConfig({ DATABASE_URL, DATABASE_OWNER_URL: owner })).toMatchObject({ databaseUrl: DATABASE_URL, databaseOwnerUrl: owner });
    expect(() => loadConfig({ DATABASE_URL, DATABASE_OWNER_URL: 'mysql://x' })).toThrow(/DATABASE_OWNER_URL must start with postgres:\/\//);
  });

  it('keeps its own files in COHESION_DATA_DIR, .data in the working directory unless set', () => {
    expect(loadConfig({ DATABASE_URL }).dataDir).toBe(join(process.cwd(), '.data'));
    expect(loadConfig({ DATABASE_URL, COHESION_DATA_DIR: '/var/lib/cohesion' }).dataDir).toBe('/var/lib/cohesion');
  });

  it('requires DATABASE_URL and rejects one that is not a URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL is required/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL is not a valid URL/);
  });

  it('needs a secret key of 32 characters or more to serve outside demo mode, and none in demo mode', () => {
    const url = 'postgres://u@localhost/db';
    expect(() => assertServable(loadConfig({ DATABASE_URL: url }))).toThrow(SECRET_KEY_REQUIRED);
    expect(() => assertServable(loadConfig({ DATABASE_URL: url, COHESION_DEMO: '1' }))).not.toThrow();
    expect(() => assertServable(loadConfig({ DATABASE_URL: url, COHESION_SECRET_KEY: 'k'.repeat(32) }))).not.toThrow();
    expect(() => loadConfig({ DATABASE_URL: url, COHESION_SECRET_KEY: 'short' })).toThrow(/COHESION_SECRET_KEY must have at least 32 characters/);
  });

  it('sends mail through COHESION_SMTP_URL as COHESION_MAIL_FROM, with links to COHESION_PUBLIC_URL', () => {
    expect(loadConfig({ DATABASE_URL, PORT: '3300' })).toMatchObject({
      publicUrl: 'http://localhost:3300',
      mail: { smtpUrl: null, from: 'Cohesion <cohesion@localhost>', pollMs: 2000 },
    });
    expect(
      loadConfig({
        DATABASE_URL,
        COHESION_SMTP_URL: 'smtps://cohesion:secret@mail.clinic.example:465',
        COHESION_MAIL_FROM: 'Cohesion at Riverside <cohesion@clinic.example>',
        COHESION_PUBLIC_URL: 'https://cohesion.clinic.example/',
      }),
    ).toMatchObject({
      publicUrl: 'https://cohesion.clinic.example',
      mail: { smtpUrl: 'smtps://cohesion:secret@mail.clinic.example:465', from: 'Cohesion at Riverside <cohesion@clinic.example>' },
    });
    expect(() => loadConfig({ DATABASE_URL, COHESION_SMTP_URL: 'http://mail.clinic.example' })).toThrow(
      /COHESION_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    for (const from of ['cohesion', 'Cohesion <cohesion@clinic.example', 'a@b\r\nBcc: x@y'])
      expect(() => loadConfig({ DATABASE_URL, COHESION_MAIL_FROM: from })).toThrow(/COHESION_MAIL_FROM must be an email address/);
    for (const url of ['cohesion.clinic.example', 'https://cohesion.clinic.example/app', 'ftp://x'])
      expect(() => loadConfig({ DATABASE_URL, COHESION_PUBLIC_URL: url })).toThrow(/COHESION_PUBLIC_URL must be the dashboard's address/);
  });
});
