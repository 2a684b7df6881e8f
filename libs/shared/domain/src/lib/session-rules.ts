import { attended, type AttendanceStatus, type RiskLevel } from './clinical-vocabulary';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface SessionContentToCheck {
  heldOn: string;
  coFacilitatorIds: string[];
  attendance: { memberId: string; status: AttendanceStatus }[];
  ratings: { memberId: string; measure: string }[];
  memberObservations: { memberId: string }[];
}

/**
 * What is wrong with a session's content for the group as it was on the day (a draft may still be incomplete):
 * the date not after the clinic's today, co-facilitators only among the group's other facilitators, attendance only for members enrolled that day and once each, ratings only
 * for members who attended, once per measure, observations only for members in the attendance.
 */
export function sessionContentProblems(
  content: SessionContentToCheck,
  enrolledMemberIds: ReadonlySet<string>,
  today: string,
  group: { facilitatorIds: ReadonlySet<string>; recordedBy: string },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (content.heldOn > today) problems.push({ field: 'heldOn', message: `heldOn ${content.heldOn} is in the future` });
  content.coFacilitatorIds.forEach((staffId, i) => {
    if (staffId === group.recordedBy) problems.push({ field: `coFacilitatorIds[${i}]`, message: 'the one recording the session is already its facilitator' });
    else if (!group.facilitatorIds.has(staffId)) problems.push({ field: `coFacilitatorIds[${i}]`, message: `${staffId} is not a facilitator of this group` });
  });

  const statusByMember = new Map<string, AttendanceStatus>();
  content.attendance.forEach(({ memberId, status }, i) => {
    if (!enrolledMemberIds.has(memberId)) {
      problems.push({ field: `attendance[${i}].memberId`, message: `member ${memberId} is not enrolled in this group on ${content.heldOn}` });
    } else if (statusByMember.has(memberId)) {
      problems.push({ field: `attendance[${i}].memberId`, message: `member ${memberId} has attendance twice` });
    }
    statusByMember.set(memberId, status);
  });

  const rated = new Set<string>();
  content.ratings.forEach(({ memberId, measure }, i) => {
    const status = statusByMember.get(memberId);
    if (!status) problems.push({ field: `ratings[${i}].memberId`, message: `member ${memberId} has a rating but no attendance` });
    else if (!attended(status)) problems.push({ field: `ratings[${i}].memberId`, message: `member ${memberId} was ${status} and cannot be rated` });
    const key = `${memberId}/${measure}`;
    if (rated.has(key)) problems.push({ field: `ratings[${i}]`, message: `member ${memberId} is rated twice on ${measure}` });
    rated.add(key);
  });

  const observed = new Set<string>();
  content.memberObservations.forEach(({ memberId }, i) => {
    if (!statusByMember.has(memberId)) {
      problems.push({ field: `note.memberObservations[${i}].memberId`, message: `member ${memberId} has an observation but no attendance` });
    } else if (observed.has(memberId)) {
      problems.push({ field: `note.memberObservations[${i}].memberId`, message: `member ${memberId} has two observations` });
    }
    observed.add(memberId);
  });
  return problems;
}

export interface SessionToSign {
  attendedMemberIds: ReadonlySet<string>;
  risk: { level: RiskLevel; followUp: string | null };
}

/** What must be completed before a note can be signed: attendance for every enrolled member, a follow-up for a risk concern. */
export function signingProblems(session: SessionToSign, enrolledMemberIds: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = [...enrolledMemberIds].filter((id) => !session.attendedMemberIds.has(id));
  if (missing.length) {
    problems.push({ field: 'attendance', message: `attendance is missing for ${missing.length} enrolled member${missing.length === 1 ? '' : 's'}` });
  }
  if (session.risk.level === 'concern' && !session.risk.followUp?.trim()) {
    problems.push({ field: 'note.risk.followUp', message: 'a risk concern needs the follow-up taken' });
  }
  return problems;
}
