import { SMTPServer } from 'smtp-server';
import { useTestAppOnOwnDatabase } from '../../../test/test-context';
import { MailDelivery, retryDelayMs } from './mail-delivery';
import { MailOutbox } from './mail-outbox';
import { MailOutboxRepository } from './mail-outbox.repository';

interface Received {
  to: string[];
  raw: string;
}

/** The message as its reader sees it: quoted-printable soft breaks joined and escapes decoded. */
const readable = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A real SMTP server in the test process, which can be stopped and started again on its port. */
class TestSmtpServer {
  readonly received: Received[] = [];
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData: (stream, session, done) => {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          this.received.push({ to: session.envelope.rcptTo.map((address) => address.address), raw });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describe('mail delivery through the outbox', () => {
  const smtp = new TestSmtpServer(12_500 + Number(process.env['JEST_WORKER_ID'] ?? 1));
  const context = useTestAppOnOwnDatabase('mail', { COHESION_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, COHESION_PUBLIC_URL: 'https://cohesion.clinic.test' });
  const delivery = () => context.app.get(MailDelivery);
  const queue = (key: string, to: string) =>
    context.db.transaction((tx) =>
      context.app.get(MailOutbox).queue(tx, key, to, {
        subject: 'Your invitation',
        greeting: 'Hello <Nia>,',
        paragraphs: ['An account is waiting for you.'],
        action: { label: 'Choose your password', url: context.app.get(MailOutbox).link('/welcome#token=abc') },
      }),
    );

  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  it('sends a queued message once, as text and HTML with the link, and drops its content from the database', async () => {
    expect(await queue('test:first', 'nia@clinic.test')).toBe(true);
    expect(await queue('test:first', 'nia@clinic.test')).toBe(false);
    expect(await delivery().deliverDue()).toBe(1);
    expect(await delivery().deliverDue()).toBe(0);
    const mine = smtp.received.filter((mail) => mail.to.includes('nia@clinic.test'));
    expect(mine).toHaveLength(1);
    const message = readable(mine[0].raw);
    expect(message).toContain('Subject: Your invitation');
    expect(message).toMatch(/^Message-ID: <[0-9a-f-]{36}@cohesion>/m);
    expect(message).toContain('Choose your password: https://cohesion.clinic.test/welcome#token=abc');
    expect(message).toContain('<a href="https://cohesion.clinic.test/welcome#token=abc"');
    expect(message).toContain('Hello &lt;Nia&gt;,');
    const [row] = await context.db.query(`SELECT sealed_message, sent_at FROM mail_outbox WHERE dedupe_key = 'test:first'`);
    expect(row).toEqual({ sealed_message: null, sent_at: expect.any(Date) });
  });

  it('keeps mail while the server is down, retries with backoff, and delivers each message exactly once when it is back', async () => {
    await smtp.stop();
    const before = smtp.received.length;
    for (let i = 0; i < 3; i++) await queue(`test:outage:${i}`, `outage${i}@clinic.test`);
    expect(await delivery().deliverDue()).toBe(0);
    const waiting: { attempts: number; last_error: string; sealed: boolean }[] = await context.db.query(
      `SELECT attempts, last_error, sealed_message IS NOT NULL AS sealed FROM mail_outbox WHERE dedupe_key LIKE 'test:outage:%'`,
    );
    expect(waiting).toEqual(Array(3).fill({ attempts: 1, last_error: expect.stringMatching(/^Error E(SOCKET|CONNECTION)/), sealed: true }));

    await smtp.start();
    // Not due yet: the next try waits a minute after the first failure.
    expect(await delivery().deliverDue()).toBe(0);
    context.clock.set(new Date(context.clock.now().getTime() + retryDelayMs(1)));
    // Two calls at once share one pass.
    expect(await Promise.all([delivery().deliverDue(), delivery().deliverDue()])).toEqual([3, 3]);
    expect(await delivery().deliverDue()).toBe(0);
    const outage = smtp.received.slice(before).flatMap((mail) => mail.to);
    expect(outage.sort()).toEqual(['outage0@clinic.test', 'outage1@clinic.test', 'outage2@clinic.test']);
  });

  it('leases each due message to one sender only, as two replicas would take them', async () => {
    for (let i = 0; i < 10; i++) await queue(`test:race:${i}`, `race${i}@clinic.test`);
    const outbox = context.app.get(MailOutboxRepository);
    const now = context.clock.now();
    const later = new Date(now.getTime() + 60_000);
    const [first, second] = await Promise.all([outbox.leaseDue(now, later, 6), outbox.leaseDue(now, later, 6)]);
    const taken = [...first, ...second].map((mail) => mail.to);
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.filter((to) => to.startsWith('race'))).toHaveLength(10);
    // A lease that ran out (its sender died) returns the message to the queue.
    expect(await outbox.leaseDue(now, later, 20)).toEqual([]);
    expect(await outbox.leaseDue(later, new Date(later.getTime() + 60_000), 20)).toHaveLength(10);
    await context.db.query(`DELETE FROM mail_outbox WHERE dedupe_key LIKE 'test:race:%'`);
  });

  it('waits a minute, then twice as long after each failure, up to an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((attempts) => retryDelayMs(attempts) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });

  it('has no demo mailbox outside demo mode', async () => {
    const answer = await context.app.inject({ method: 'GET', url: '/api/demo/mail' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ code: 'not_found' });
  });
});
