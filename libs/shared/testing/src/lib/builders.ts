import type { CurrentUser, GroupSummary } from '@cohesion/contracts';

/** A signed-in facilitator; override what the test is about. */
export function aCurrentUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: '7d1c1c1e-1111-4c4c-8888-000000000001',
    email: 'dana@clinic.test',
    displayName: 'Dana Reyes',
    role: 'facilitator',
    organizationName: 'Riverside Clinic',
    timeZone: 'America/Chicago',
    secondFactor: 'not_required',
    secondFactorEnrolled: false,
    approval: 'approved',
    securityNotice: null,
    weeklyDigest: null,
    ...overrides,
  };
}

/** An open group of a substance use program, led by Dana Reyes. */
export function aGroupSummary(overrides: Partial<GroupSummary> = {}): GroupSummary {
  return {
    id: 'c0a80101-0000-4000-8000-000000000001',
    name: 'Tuesday Recovery Circle',
    kind: 'open',
    programId: 'c0a80101-0000-4000-8000-0000000000a1',
    programName: 'Substance use IOP',
    facilitators: [{ id: 'f1', displayName: 'Dana Reyes', role: 'lead' }],
    memberCount: 9,
    sessionCount: 14,
    lastSessionOn: '2026-11-17',
    ...overrides,
  };
}
