import { aStaffMember, anOrganization, TEST_PASSWORD } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('changing one’s own password', () => {
  const context = useTestApp();

  it('asks for the current password, applies the password policy, and ends every other session of the person', async () => {
    const staff = await aStaffMember(context.db, await anOrganization(context.db), 'supervisor');
    const here = await context.signedIn(staff);
    const elsewhere = await context.signedIn(staff);

    const wrong = await here.post('/api/auth/password', { currentPassword: 'not my password', newPassword: 'a brand new passphrase' });
    expect(wrong.json()).toMatchObject({ status: 422, code: 'wrong_current_password', errors: [{ field: 'currentPassword' }] });
    const breached = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'qwerty123456' });
    expect(breached.json()).toMatchObject({
      status: 422,
      code: 'unacceptable_password',
      errors: [{ field: 'newPassword', message: expect.stringMatching(/breached/) }],
    });

    expect((await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })).status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await new TestClient(context.app).post('/api/auth/login', { email: staff.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await new TestClient(context.app).post('/api/auth/login', { email: staff.email, password: 'a brand new passphrase' })).status).toBe(200);

    const audited = await context.db.query(`SELECT outcome, detail FROM audit_event WHERE actor_id = $1 AND action = 'auth.password_change' ORDER BY seq`, [
      staff.id,
    ]);
    expect(audited).toEqual([
      { outcome: 'failure', detail: { reason: 'wrong_password' } },
      { outcome: 'success', detail: { sessionsEnded: 1 } },
    ]);
  });
});
