import type { CurrentUser, DemoMail } from '@cohesion/contracts';
import { aRatedSession, aSignedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestAppOnOwnDatabase } from '../../../test/test-context';
import { MailDelivery } from '../mail/mail-delivery';
import { WeeklyDigest } from './weekly-digest';

/** Monday 7 December 2026, 09:00 in Chicago. */
const MONDAY_MORNING = new Date('2026-12-07T15:00:00Z');

describe('the weekly digest of directors and supervisors', () => {
  const context = useTestAppOnOwnDatabase('digest', { COHESION_DEMO: '1', COHESION_PUBLIC_URL: 'https://cohesion.clinic.test' });
  let world: ClinicWorld;
  let supervisor: TestClient;

  const digests = async (): Promise<DemoMail[]> => {
    await context.app.get(MailDelivery).deliverDue();
    const mails = (await context.app.inject({ method: 'GET', url: '/api/demo/mail' })).json<DemoMail[]>();
    return mails.filter((mail) => mail.subject.startsWith('Your Cohesion week'));
  };

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 3);
    await context.db.query(`UPDATE organization SET time_zone = 'America/Chicago' WHERE id = $1`, [world.organizationId]);
    const lead = await context.signedIn(world.lead);
    supervisor = await context.signedIn(world.supervisor);
    const [a, b, c] = world.memberIds;
    // Member a rates low in the latest session (a check-in); a signed note has waited since 20 November for co-signature.
    const signed = await aSignedSession(
      lead,
      world.groupId,
      '2026-11-17',
      { [a]: 'present', [b]: 'present', [c]: 'present' },
      { [a]: [7, 7, 7], [b]: [7, 7, 7], [c]: [7, 7, 7] },
    );
    // Signed rows are locked by a trigger; the superuser lifts it on this test's own database to backdate the signature.
    await context.db.query(`ALTER TABLE group_session DISABLE TRIGGER group_session_locked_when_signed`);
    await context.db.query(`UPDATE group_session SET signed_at = '2026-11-20T10:00:00Z' WHERE id = $1`, [signed.id]);
    await context.db.query(`ALTER TABLE group_session ENABLE TRIGGER group_session_locked_when_signed`);
    await aRatedSession(
      lead,
      world.groupId,
      '2026-12-01',
      { [a]: 'present', [b]: 'present', [c]: 'present' },
      { [a]: [2, 2, 2], [b]: [7, 7, 7], [c]: [7, 7, 7] },
    );
  });

  it('is not due before Monday 08:00 clinic time', async () => {
    context.clock.set(new Date('2026-12-07T13:30:00Z'));
    expect(await context.app.get(WeeklyDigest).queueDue()).toBe(0);
  });

  it('sends each director and supervisor who has something to see one digest a week, as counts and links', async () => {
    context.clock.set(MONDAY_MORNING);
    const digest = context.app.get(WeeklyDigest);
    // The director and the supervisor; the unrelated supervisor reaches no group, so has nothing to read.
    expect(await digest.queueDue()).toBe(2);
    expect(await digest.queueDue()).toBe(0);
    const mails = await digests();
    expect(mails.map((mail) => mail.to).sort()).toEqual([world.director.email, world.supervisor.email].sort());

    const toSupervisor = mails.find((mail) => mail.to === world.supervisor.email) as DemoMail;
    expect(toSupervisor.subject).toBe('Your Cohesion week: 1 open check-in');
    expect(toSupervisor.text).toContain(`Open check-ins: 1 in 1 group: 1 at https://cohesion.clinic.test/groups/${world.groupId}.`);
    expect(toSupervisor.text).toContain('Notes waiting over 7 days for your co-signature: 1 (https://cohesion.clinic.test/review).');
    const toDirector = mails.find((mail) => mail.to === world.director.email) as DemoMail;
    expect(toDirector.text).not.toContain('co-signature');
    for (const mail of mails) {
      expect(mail.text).not.toMatch(/M-[A-Z0-9]{6}/);
      expect(mail.text).not.toContain('Tuesday circle');
    }
  });

  it('lets a supervisor turn it off; the next Monday only the director receives one', async () => {
    expect((await supervisor.get('/api/auth/me')).json<CurrentUser>().weeklyDigest).toBe(true);
    expect((await supervisor.request('PUT', '/api/auth/weekly-digest', { enabled: 'no' })).status).toBe(400);
    expect((await supervisor.request('PUT', '/api/auth/weekly-digest', { enabled: false })).status).toBe(204);
    expect((await supervisor.get('/api/auth/me')).json<CurrentUser>().weeklyDigest).toBe(false);
    const facilitator = await context.signedIn(world.lead);
    expect((await facilitator.get('/api/auth/me')).json<CurrentUser>().weeklyDigest).toBeNull();
    expect((await facilitator.request('PUT', '/api/auth/weekly-digest', { enabled: true })).status).toBe(403);

    context.clock.set(new Date(MONDAY_MORNING.getTime() + 7 * 86_400_000));
    expect(await context.app.get(WeeklyDigest).queueDue()).toBe(1);
    const nextWeek = (await digests()).filter((mail) => mail.to === world.supervisor.email);
    expect(nextWeek).toHaveLength(1);
  });
});
