import { randomUUID } from 'node:crypto';
import { request as playwrightRequest, type APIRequestContext } from 'playwright-core';
import { baseUrl } from './browser';

export const DEMO_PASSWORD = 'cohesion-demo';

/** An API client signed in as someone, sending the CSRF header as the dashboard does. */
export class ApiSession {
  private constructor(private readonly api: APIRequestContext) {}

  static async signIn(email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
    const session = await ApiSession.anonymous();
    await session.post('/api/auth/login', { email, password }, 200);
    return session;
  }

  /** A browser that has signed in as nobody (yet): it holds the CSRF cookies a first page load gives. */
  static async anonymous(): Promise<ApiSession> {
    const api = await playwrightRequest.newContext({ baseURL: baseUrl() });
    await api.get('/api/health');
    return new ApiSession(api);
  }

  /** The token changes with the session (at sign-in, for one): read it as the dashboard does, at each request. */
  private async xsrf(): Promise<Record<string, string>> {
    const token = (await this.api.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    return { 'x-xsrf-token': token };
  }

  async get<T>(url: string): Promise<T> {
    const response = await this.api.get(url);
    if (!response.ok()) throw new Error(`GET ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async post<T>(url: string, data: unknown, expected = 201): Promise<T> {
    const response = await this.api.post(url, { data, headers: await this.xsrf() });
    if (response.status() !== expected) throw new Error(`POST ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json().catch(() => null)) as T;
  }

  async put<T>(url: string, data: unknown): Promise<T> {
    const response = await this.api.put(url, { data, headers: await this.xsrf() });
    if (!response.ok()) throw new Error(`PUT ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async delete(url: string): Promise<void> {
    const response = await this.api.delete(url, { headers: await this.xsrf() });
    if (!response.ok()) throw new Error(`DELETE ${url}: ${response.status()} ${await response.text()}`);
  }

  dispose(): Promise<void> {
    return this.api.dispose();
  }
}

/**
 * The newest link emailed to this address, read from the demo mailbox as the person would read their inbox (the API
 * sends from its outbox every 2 seconds).
 */
export async function emailedLink(session: ApiSession, to: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const mails = await session.get<{ to: string; text: string }[]>('/api/demo/mail');
    const link = mails.filter((mail) => mail.to === to).map((mail) => /https?:\/\/\S+#token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0])[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no email with a link reached ${to} in 10 seconds`);
}

/** A new facilitator account of the demo organization, made by the demo admin. */
export function aNewFacilitator(displayName = 'Noor Haddad'): Promise<{ id: string; email: string; password: string }> {
  return aNewStaffMember('facilitator', displayName);
}

/**
 * A new staff account of the demo organization with this role, as a clinic makes one: the demo admin creates it, its
 * person chooses their password through the invitation link, and the demo director approves the clinical role.
 */
export async function aNewStaffMember(role: 'facilitator' | 'supervisor', displayName: string): Promise<{ id: string; email: string; password: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@cohesion.test`;
  const password = 'evening group notes ready';
  const admin = await ApiSession.signIn('admin@cohesion.test');
  const { account } = await admin.post<{ account: { id: string } }>('/api/staff/accounts', { email, displayName, role }).finally(() => admin.dispose());
  const person = await ApiSession.anonymous();
  const link = await emailedLink(person, email);
  await person.post('/api/auth/invitation/acceptance', { token: new URL(link).hash.split('#token=')[1], password }, 200).finally(() => person.dispose());
  const director = await ApiSession.signIn('director@cohesion.test');
  await director.post(`/api/staff/approvals/${account.id}/approve`, { role }, 200).finally(() => director.dispose());
  return { id: account.id, email, password };
}

/** A new group of the demo organization led by `facilitatorId`, with `members` members enrolled since January. */
export async function aNewGroup(facilitator: { id: string; email: string; password: string }, members: number): Promise<{ id: string; name: string }> {
  const director = await ApiSession.signIn('director@cohesion.test');
  try {
    const [program] = await director.get<{ id: string }[]>('/api/programs');
    const name = `Evening Group ${randomUUID().slice(0, 6)}`;
    const group = await director.post<{ id: string }>('/api/groups', {
      name,
      programId: program.id,
      kind: 'open',
      facilitators: [{ userId: facilitator.id, role: 'lead' }],
    });
    const lead = await ApiSession.signIn(facilitator.email, facilitator.password);
    try {
      for (let i = 0; i < members; i++) await lead.post(`/api/groups/${group.id}/members`, { joinedOn: '2026-01-05' });
    } finally {
      await lead.dispose();
    }
    return { id: group.id, name };
  } finally {
    await director.dispose();
  }
}

/** Adds `facilitatorId` to the facilitators the demo supervisor (Sam Okafor) supervises. */
export async function supervisedByTheDemoSupervisor(facilitatorId: string): Promise<void> {
  const director = await ApiSession.signIn('director@cohesion.test');
  try {
    const supervisor = (await director.get<{ id: string; role: string; displayName: string }[]>('/api/staff?role=supervisor')).find(
      (s) => s.displayName === 'Sam Okafor',
    );
    if (!supervisor) throw new Error('the demo supervisor is missing');
    const current = (await director.get<{ supervisorId: string; facilitatorId: string }[]>('/api/supervisions'))
      .filter((assignment) => assignment.supervisorId === supervisor.id)
      .map((assignment) => assignment.facilitatorId);
    await director.put(`/api/supervisions/${supervisor.id}`, { facilitatorIds: [...current, facilitatorId] });
  } finally {
    await director.dispose();
  }
}
