import { ProblemException } from '../../common/problem.exception';

/** What an access decision was about, for the answer's code and for the audit trail's record of the refusal. */
export type AccessSubject = 'group' | 'session' | 'facilitator' | 'program' | 'organization' | 'check_in';
type RecordSubject = 'group' | 'session' | 'check_in';
/** The scopes of analytics, reports and exports (`?scope=…&id=…`): a missing one is `scope_not_found`. */
type ScopeSubject = 'group' | 'facilitator' | 'program';

export enum AccessErrorCode {
  GroupNotFound = 'group_not_found',
  SessionNotFound = 'session_not_found',
  ScopeNotFound = 'scope_not_found',
  CheckInNotFound = 'check_in_not_found',
  NotGroupFacilitator = 'not_group_facilitator',
  ScopeForbidden = 'scope_forbidden',
  InvalidScope = 'invalid_scope',
  NotSupervisor = 'not_supervisor',
  CannotAcknowledge = 'cannot_acknowledge',
  SettingsForbidden = 'settings_forbidden',
}

const NOT_FOUND: Record<RecordSubject, { code: AccessErrorCode; title: string }> = {
  group: { code: AccessErrorCode.GroupNotFound, title: 'Group not found' },
  session: { code: AccessErrorCode.SessionNotFound, title: 'Session not found' },
  check_in: { code: AccessErrorCode.CheckInNotFound, title: 'Check-in not found' },
};

/**
 * Every refusal of an object-level check. A record the caller may not see answers 404 exactly like one that does not
 * exist; the exception still knows what was asked for, so that the audit trail records who asked for which id.
 */
export class AccessException extends ProblemException {
  private constructor(status: number, code: AccessErrorCode, title: string, detail: string | undefined, subject: AccessSubject | null, id: string | null) {
    super(status, code, title, detail);
    if (subject !== null && id !== null) this.refused = { type: subject, id };
  }

  static notFound(subject: RecordSubject, id: string) {
    const { code, title } = NOT_FOUND[subject];
    return new AccessException(404, code, title, undefined, subject, id);
  }

  static scopeNotFound(subject: ScopeSubject, id: string) {
    return new AccessException(404, AccessErrorCode.ScopeNotFound, `No such ${subject}`, undefined, subject, id);
  }

  static notGroupFacilitator(subject: 'group' | 'session', id: string) {
    return new AccessException(
      403,
      AccessErrorCode.NotGroupFacilitator,
      'Only the group’s facilitators can change its clinical records',
      'Supervisors and directors can read this group but not write to it.',
      subject,
      id,
    );
  }

  static scopeForbidden(subject: 'program' | 'organization', id: string) {
    return new AccessException(
      403,
      AccessErrorCode.ScopeForbidden,
      `The ${subject} scope is for clinical directors`,
      'Ask about your own groups, or the facilitators you supervise.',
      subject,
      id,
    );
  }

  /** A scope asked for in a shape that names nothing (no id where one is needed): bad input, not a refusal. */
  static invalidScope(detail: string) {
    return new AccessException(400, AccessErrorCode.InvalidScope, 'The scope of the request is not valid', detail, null, null);
  }

  static notCareTeam(subject: 'group' | 'check_in', id: string) {
    return new AccessException(
      403,
      AccessErrorCode.CannotAcknowledge,
      'Only the group’s facilitators and their supervisors act on check-ins',
      undefined,
      subject,
      id,
    );
  }

  /** Settings the caller's role may not change: admins change the time zone, clinical directors the clinical figures. */
  static settingsForbidden(organizationId: string, settings: readonly string[], roles: readonly string[]) {
    const who = [...new Set(roles)].map((role) => (role === 'director' ? 'clinical directors' : `${role}s`)).join(' and ');
    return new AccessException(
      403,
      AccessErrorCode.SettingsForbidden,
      `Only ${who} change ${settings.join(', ')}`,
      'Admins change the time zone; clinical directors change the settings that change clinical figures (k, the low-score threshold and r).',
      'organization',
      organizationId,
    );
  }

  static notSupervisor(id: string) {
    return new AccessException(403, AccessErrorCode.NotSupervisor, 'Only a supervisor of the note’s facilitators co-signs it', undefined, 'session', id);
  }
}
