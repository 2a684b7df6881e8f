import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { ConfigError, loadConfig } from './config/app-config';
import { DatabaseUnavailableError } from './database/prepare-database';
import { withMigratedDatabase } from './start-up/migrated-database';
import { AuditResealRefused } from './modules/audit/legacy-chain-sealing';
import { standaloneAudit } from './modules/audit/standalone-audit';
import { verifyAuditTrail } from './modules/audit/verify-audit-trail';
import { createOrganization, findOrganizationTimeZone } from './modules/organizations/create-organization';
import { inviteStaff } from './modules/staff/invite-staff';
import { AccountMail } from './modules/auth/account-mail';
import { AuthRepository } from './modules/auth/auth.repository';
import { standaloneMailOutbox } from './modules/mail/mail-outbox';
import { createFirstAdmin } from './modules/staff/create-first-admin';
import { listStaff, resetSecondFactor } from './modules/staff/staff-cli';
import { runSynth } from './data-tools/synth/synth.command';
import { parseSynthOptions, SynthError } from './data-tools/synth/synth-options';
import type { Role } from '@cohesion/domain';

const USAGE = `Usage:
  node dist/api/cli.js migrate
  node dist/api/cli.js create-organization --name "<organization name>" --time-zone <IANA time zone>
      Onboards a new clinic with its time zone (America/Chicago, Europe/Warsaw, …): its "today" and every time shown.
  node dist/api/cli.js create-admin --email <email> --name "<display name>" --organization "<organization name>" [--time-zone <zone>]
      The password is read from COHESION_ADMIN_PASSWORD or asked for (at least 12 characters). A new organization
      is created with the time zone given, or asked for; an existing one keeps its own.
  node dist/api/cli.js invite --email <email> --name "<display name>" --role <admin|director> --organization "<organization name>"
      Emails an admin or a director an invitation through which they choose their own password (valid 72 hours):
      nobody else sees or sets it. The API sends it (COHESION_SMTP_URL). Facilitators and supervisors are invited by
      an admin on the Staff page, and a director approves their role.
  node dist/api/cli.js create-director --email <email> --name "<display name>" --organization "<organization name>"
      invite --role director: the organization's first clinical director (admins cannot make one: a clinical role
      they give waits for a director).
  node dist/api/cli.js list-staff --organization "<organization name>"
      Every staff account of the organization: email, name, role, state (active, invited, awaiting approval,
      disabled) and whether an authenticator is enrolled.
  node dist/api/cli.js reset-second-factor --email <email>
      For someone who lost their authenticator and recovery codes (an admin can do it under Staff): clears it and ends
      their sessions; they enroll again at their next sign-in. Audited.
  node dist/api/cli.js audit-verify
      Recomputes the seals of every organization's audit chain, checks each against its latest checkpoint (in
      COHESION_DATA_DIR) and names the first broken row; exit code 1 if any.
  node dist/api/cli.js synth [--groups 500] [--members 10] [--weeks 208] [--seed 1]
      Replaces the database's demo or synthetic data (never a real organization's) with a synthetic organization;
      its staff include the demo accounts, with the demo password (COHESION_DEMO_PASSWORD).`;

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'migrate':
      await withMigratedDatabase(config, async () => undefined);
      console.log('Database is up to date.');
      return;
    case 'create-organization': {
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, 'time-zone': { type: 'string' } } });
      if (!values.name || !values['time-zone']) throw new UsageError('create-organization needs --name and --time-zone.');
      const audit = standaloneAudit(config);
      const created = await withMigratedDatabase(config, async (db) => {
        const organization = await createOrganization(db, { name: values.name as string, timeZone: values['time-zone'] as string }, audit.rows);
        await audit.checkpointAppended(db);
        return organization;
      });
      console.log(`Created organization "${created.name}" in time zone ${created.timeZone}. Next: create-admin and create-director.`);
      return;
    }
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, name: { type: 'string' }, organization: { type: 'string' }, 'time-zone': { type: 'string' } },
      });
      if (!values.email || !values.name || !values.organization) throw new UsageError('create-admin needs --email, --name and --organization.');
      const password = process.env['COHESION_ADMIN_PASSWORD'] ?? (await askSecret('Password for the new admin: '));
      const audit = standaloneAudit(config);
      const created = await withMigratedDatabase(config, async (db) => {
        // A new organization needs its time zone: asked for when not given (and stdin is a terminal).
        let timeZone = values['time-zone'];
        if (timeZone === undefined && (await findOrganizationTimeZone(db, values.organization as string)) === null && process.stdin.isTTY) {
          timeZone = await ask(`Time zone of "${values.organization}" (an IANA name such as America/Chicago): `);
        }
        const admin = await createFirstAdmin(
          db,
          {
            email: values.email as string,
            displayName: values.name as string,
            organizationName: values.organization as string,
            password,
            timeZone,
          },
          audit.rows,
        );
        await audit.checkpointAppended(db);
        return admin;
      });
      console.log(`Created admin ${created.email} in organization "${created.organizationName}".`);
      return;
    }
    case 'invite':
    case 'create-director': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, organization: { type: 'string' } },
      });
      const role = command === 'create-director' ? 'director' : values.role;
      if (!values.email || !values.name || !values.organization || !role)
        throw new UsageError(`${command} needs --email, --name${command === 'invite' ? ', --role' : ''} and --organization.`);
      const audit = standaloneAudit(config);
      const invited = await withMigratedDatabase(config, async (db) => {
        const done = await inviteStaff(
          db,
          { email: values.email as string, displayName: values.name as string, role: role as Role, organizationName: values.organization as string },
          audit.rows,
          new AccountMail(new AuthRepository(db), standaloneMailOutbox(db, config)),
        );
        await audit.checkpointAppended(db);
        return done;
      });
      console.log(
        `Invited ${invited.email} as ${role}. The invitation is emailed as soon as Cohesion runs with a mail server; it works until ${invited.invitation.expiresAt}.`,
      );
      return;
    }
    case 'list-staff': {
      const { values } = parseArgs({ args: rest, options: { organization: { type: 'string' } } });
      if (!values.organization) throw new UsageError('list-staff needs --organization.');
      const staff = await withMigratedDatabase(config, (db) => listStaff(db, values.organization as string));
      for (const person of staff) {
        console.log([person.email, person.displayName, person.role, person.state, person.secondFactor ? 'authenticator' : 'no authenticator'].join('\t'));
      }
      if (!staff.length) console.log('No staff accounts yet: create-admin makes the first.');
      return;
    }
    case 'reset-second-factor': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } } });
      if (!values.email) throw new UsageError('reset-second-factor needs --email.');
      const audit = standaloneAudit(config);
      const reset = await withMigratedDatabase(config, async (db) => {
        const done = await resetSecondFactor(db, values.email as string, audit.rows);
        await audit.checkpointAppended(db);
        return done;
      });
      console.log(
        `${reset.wasEnrolled ? 'Cleared the authenticator of' : 'No authenticator was enrolled for'} ${reset.email}; ended ${reset.sessionsEnded} session(s). They enroll again at their next sign-in.`,
      );
      return;
    }
    case 'audit-verify': {
      const broken = await withMigratedDatabase(config, (db) => verifyAuditTrail(db, config, (line) => console.log(line)));
      if (broken) process.exitCode = 1;
      return;
    }
    case 'synth':
      await runSynth(config, parseSynthOptions(rest));
      return;
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  }
}

class UsageError extends Error {}

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}

/** Asks at the terminal without echoing what is typed (a password must not stay on the screen or in a recording). */
async function askSecret(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return ask(question); // piped in: nothing is echoed anyway
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let answer = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    // Raw mode: the terminal echoes nothing, and Enter, Backspace and Ctrl-C are ours to handle.
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new UsageError('Cancelled.'));
        if (character === '\u007f' || character === '\b') answer = answer.slice(0, -1);
        else if (character >= ' ') answer += character;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

run(process.argv.slice(2)).catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof UsageError ||
    error instanceof SynthError ||
    error instanceof AuditResealRefused ||
    ['AccountError', 'OrganizationError'].includes((error as { name?: string }).name ?? '');
  process.stderr.write(`cohesion: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exit(known ? 2 : 1);
});
