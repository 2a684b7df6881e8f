import { ProblemException } from '../../common/problem.exception';

export enum StaffErrorCode {
  InvalidSupervision = 'invalid_supervision',
  StaffNotFound = 'staff_not_found',
  InvalidAccount = 'invalid_staff_account',
  EmailTaken = 'email_taken',
  OwnAccess = 'own_access_unchanged',
  StillAssigned = 'staff_still_assigned',
  PasswordAlreadySet = 'password_already_set',
  AccountDisabled = 'account_disabled',
  NotPending = 'not_pending_approval',
  ApprovalChanged = 'approval_changed',
  InvitationNotAccepted = 'invitation_not_accepted',
}

/** Every refusal of the staff module, with a stable code. */
export class StaffException extends ProblemException {
  /** No such staff member in the caller's organization: the same answer whether they exist elsewhere or not at all. */
  static staffNotFound() {
    return new StaffException(404, StaffErrorCode.StaffNotFound, 'Staff member not found');
  }

  static invalidAccount(errors: { field: string; message: string }[]) {
    return new StaffException(422, StaffErrorCode.InvalidAccount, 'The account cannot be saved this way', 'Check the fields listed in `errors`.', { errors });
  }

  static emailTaken() {
    return new StaffException(409, StaffErrorCode.EmailTaken, 'An account with this email exists already');
  }

  /** An admin cannot lock themselves out: another admin must change their role or disable them. */
  static ownAccess() {
    return new StaffException(
      409,
      StaffErrorCode.OwnAccess,
      'You cannot change your own role or disable yourself',
      'Ask another admin; this keeps at least one admin able to manage the organization.',
    );
  }

  static stillAssigned(held: { groups: number; supervising: number; supervised: number }) {
    const parts = [
      held.groups && `facilitates ${held.groups} group${held.groups === 1 ? '' : 's'}`,
      held.supervising && `supervises ${held.supervising} facilitator${held.supervising === 1 ? '' : 's'}`,
      held.supervised && `is supervised by ${held.supervised} supervisor${held.supervised === 1 ? '' : 's'}`,
    ].filter(Boolean);
    return new StaffException(
      409,
      StaffErrorCode.StillAssigned,
      'Reassign this person before changing their role',
      `They ${parts.join(' and ')}. Change those assignments first, so no group or review is left without its person.`,
      { assignments: held },
    );
  }

  /** An invitation is for an account whose person has not chosen a password yet; nobody resets another's password. */
  static passwordAlreadySet() {
    return new StaffException(
      409,
      StaffErrorCode.PasswordAlreadySet,
      'This person has chosen their password already',
      'Invitation links are for new accounts only. A person who forgot their password resets it themselves.',
    );
  }

  static accountDisabled() {
    return new StaffException(409, StaffErrorCode.AccountDisabled, 'This account is disabled', 'Enable it first.');
  }

  static notPending() {
    return new StaffException(409, StaffErrorCode.NotPending, 'This account is not waiting for approval', 'Someone decided on it already; reload the list.');
  }

  /** The request asks for another role than the one the director saw and decided on. */
  static approvalChanged(role: string) {
    return new StaffException(
      409,
      StaffErrorCode.ApprovalChanged,
      'This request changed since you saw it',
      `It now asks for the ${role} role. Reload the list and decide again.`,
      { role },
    );
  }

  /** Approval is of a person: until whoever holds the account has chosen its password, there is nobody to approve. */
  static invitationNotAccepted() {
    return new StaffException(
      409,
      StaffErrorCode.InvitationNotAccepted,
      'This person has not accepted their invitation yet',
      'Approve once they have chosen their password and you have confirmed it is them: an approval given earlier would pass to whoever opens a link.',
    );
  }

  /** The supervisor or some facilitators named are not who the assignment needs (422, with the fields at fault). */
  static invalidSupervision(errors: { field: string; message: string }[]) {
    return new StaffException(422, StaffErrorCode.InvalidSupervision, 'The supervision cannot be assigned this way', 'Check the fields listed in `errors`.', {
      errors,
    });
  }
}
