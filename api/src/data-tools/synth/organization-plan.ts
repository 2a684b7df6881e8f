import type { GroupKind, Role } from '@cohesion/domain';
import { DEMO_ACCOUNTS } from '../demo/demo-story';
import type { SynthOptions } from './synth-options';
import { SynthRandom } from './synth-random';
import { PROGRAMS, START_TIMES, STAFF_FIRST_NAMES, STAFF_LAST_NAMES, WEEKDAYS, type ProgramProfile } from './synth-vocabulary';

export interface StaffPlan {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

/** A stretch of weeks in which a group's climate drops (a conflict, a facilitator's leave) and then recovers. */
export interface ClimateDrop {
  start: number;
  length: number;
  depth: number;
}

export interface GroupPlan {
  id: string;
  name: string;
  programId: string;
  program: ProgramProfile;
  kind: GroupKind;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  schedule: string;
  leadId: string;
  coId: string | null;
  /** The lead's supervisor, who co-signs most older notes. */
  supervisorId: string;
  /** The group's own level on the 0–10 scale relative to the organization. */
  climateOffset: number;
  climateDrop: ClimateDrop | null;
}

export interface OrganizationPlan {
  organizationId: string;
  name: string;
  timeZone: string;
  programs: { id: string; name: string }[];
  staff: StaffPlan[];
  supervisions: { supervisorId: string; facilitatorId: string }[];
  groups: GroupPlan[];
}

const SYNTH_DOMAIN = 'synthetic.cohesion.test';
/** Groups each demo facilitator (ana@, ben@) leads when the organization is large enough. */
const DEMO_FACILITATOR_GROUPS = 3;
const CO_FACILITATED_SHARE = 0.4;
const CLIMATE_DROP_SHARE = 0.1;

const demo = (key: (typeof DEMO_ACCOUNTS)[number]['key']) => DEMO_ACCOUNTS.find((a) => a.key === key) as (typeof DEMO_ACCOUNTS)[number];

/**
 * The structure of a synthetic clinic: programs, staff (the demo accounts among them), supervision and groups.
 * About one facilitator per two groups and one supervisor per ten facilitators; ana@ and ben@ lead a few groups each
 * (the first of them open) and supervisor@ supervises them and the next facilitators.
 */
export function planOrganization(options: Pick<SynthOptions, 'groups' | 'weeks'>, random: SynthRandom, newId: () => string): OrganizationPlan {
  const programs = PROGRAMS.map((profile) => ({ id: newId(), name: profile.name, profile }));
  const facilitatorCount = Math.max(2, Math.round(options.groups / 2));
  const supervisorCount = Math.max(1, Math.round(facilitatorCount / 10));
  const staffName = () => `${random.pick(STAFF_FIRST_NAMES)} ${random.pick(STAFF_LAST_NAMES)}`;
  const account = (key: 'ana' | 'ben' | 'supervisor' | 'director' | 'admin'): StaffPlan => {
    const { email, displayName, role } = demo(key);
    return { id: newId(), email, displayName, role };
  };
  const numbered = (role: Role, i: number): StaffPlan => ({
    id: newId(),
    email: `${role}-${String(i).padStart(3, '0')}@${SYNTH_DOMAIN}`,
    displayName: staffName(),
    role,
  });

  const facilitators = [account('ana'), account('ben'), ...Array.from({ length: facilitatorCount - 2 }, (_, i) => numbered('facilitator', i + 3))];
  const supervisors = [account('supervisor'), ...Array.from({ length: supervisorCount - 1 }, (_, i) => numbered('supervisor', i + 2))];
  const perSupervisor = Math.ceil(facilitatorCount / supervisorCount);
  const supervisorOf = (f: number) => supervisors[Math.min(supervisorCount - 1, Math.floor(f / perSupervisor))].id;
  const supervisions = facilitators.map((f, i) => ({ supervisorId: supervisorOf(i), facilitatorId: f.id }));

  const names = new Map<string, number>();
  const groups = Array.from({ length: options.groups }, (_, i): GroupPlan => {
    const lead = leadIndex(i, options.groups, facilitatorCount);
    const program = programs[i % programs.length];
    const firstOfDemoLead = i === 0 || i === (options.groups < 4 * DEMO_FACILITATOR_GROUPS ? 1 : DEMO_FACILITATOR_GROUPS);
    const kind: GroupKind = !firstOfDemoLead && random.chance(program.profile.closedShare) ? 'closed' : 'open';
    const weekday = random.chance(0.05) ? 6 : random.int(1, 5);
    const time = random.pick(START_TIMES);
    const base = `${program.profile.short}, ${WEEKDAYS[weekday]} ${time}`;
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    const co = random.chance(CO_FACILITATED_SHARE) ? (lead + 1 + random.int(0, facilitatorCount - 2)) % facilitatorCount : null;
    return {
      id: newId(),
      name: seen === 1 ? base : `${base} (${seen})`,
      programId: program.id,
      program: program.profile,
      kind,
      weekday,
      schedule: `${WEEKDAYS[weekday]} ${time}`,
      leadId: facilitators[lead].id,
      coId: co === null ? null : facilitators[co].id,
      supervisorId: supervisorOf(lead),
      climateOffset: random.normal(0, 0.35),
      climateDrop:
        options.weeks >= 16 && random.chance(CLIMATE_DROP_SHARE)
          ? { start: random.int(8, options.weeks - 4), length: random.int(3, 8), depth: 1.5 + 1.3 * random.next() }
          : null,
    };
  });

  return {
    organizationId: newId(),
    name: 'Lakeside Behavioral Health (synthetic)',
    timeZone: 'America/New_York',
    programs: programs.map(({ id, name }) => ({ id, name })),
    staff: [...facilitators, ...supervisors, account('director'), account('admin')],
    supervisions,
    groups,
  };
}

/** ana@ (0) and ben@ (1) lead the first groups; the others take the rest in turn. */
function leadIndex(group: number, groupCount: number, facilitatorCount: number): number {
  if (groupCount < 4 * DEMO_FACILITATOR_GROUPS) return group % facilitatorCount;
  if (group < 2 * DEMO_FACILITATOR_GROUPS) return Math.floor(group / DEMO_FACILITATOR_GROUPS);
  return 2 + ((group - 2 * DEMO_FACILITATOR_GROUPS) % (facilitatorCount - 2));
}
