import { ProblemException } from '../../common/problem.exception';

export enum AuthErrorCode {
  InvalidCredentials = 'invalid_credentials',
  Unauthenticated = 'unauthenticated',
  RoleNotAllowed = 'role_not_allowed',
  TooManyAttempts = 'too_many_sign_in_attempts',
  TooManySecondFactorAttempts = 'too_many_second_factor_attempts',
  SecondFactorRequired = 'second_factor_required',
  SecondFactorEnrollmentRequired = 'second_factor_enrollment_required',
  InvalidSecondFactor = 'invalid_second_factor',
  SecondFactorNotOwed = 'second_factor_not_owed',
  SecondFactorAlreadyEnrolled = 'second_factor_already_enrolled',
  NoEnrollmentStarted = 'no_second_factor_enrollment_started',
  WrongCurrentPassword = 'wrong_current_password',
  UnacceptablePassword = 'unacceptable_password',
  ApprovalPending = 'approval_pending',
  LinkInvalid = 'link_invalid',
  UseSingleSignOn = 'use_single_sign_on',
}

export class AuthException extends ProblemException {
  static invalidCredentials() {
    return new AuthException(
      401,
      AuthErrorCode.InvalidCredentials,
      'Email or password is incorrect',
      'Check both and try again. Accounts that are disabled cannot sign in.',
    );
  }

  static unauthenticated() {
    return new AuthException(401, AuthErrorCode.Unauthenticated, 'Sign-in required', 'Your session has ended or you are not signed in.');
  }

  /** 429 with Retry-After: the same answer whether the email belongs to an account or not. */
  static tooManyAttempts(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    return new AuthException(
      429,
      AuthErrorCode.TooManyAttempts,
      'Too many sign-in attempts',
      `Sign-in is paused for this account or network after repeated failures. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds },
    ).withHeader('retry-after', String(retryAfterSeconds));
  }

  /** 429: the hour's budget of wrong codes is used up; the half-signed session has ended. */
  static secondFactorStopped(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    return new AuthException(
      429,
      AuthErrorCode.TooManySecondFactorAttempts,
      'Too many wrong codes',
      `Signing in to this account is paused for ${minutes} minute${minutes === 1 ? '' : 's'}. If these were not your attempts, someone may know your password: change it once you are signed in.`,
      { retryAfterSeconds },
    ).withHeader('retry-after', String(retryAfterSeconds));
  }

  /** 401: the password was right but the session is not open yet. */
  static secondFactorOwed(state: 'pending' | 'enrollment_required') {
    return state === 'pending'
      ? new AuthException(
          401,
          AuthErrorCode.SecondFactorRequired,
          'Second factor required',
          'Enter the six-digit code from your authenticator app (or a recovery code) to finish signing in.',
        )
      : new AuthException(
          401,
          AuthErrorCode.SecondFactorEnrollmentRequired,
          'Set up a second factor',
          'Your organization requires an authenticator app for your role. Enroll one to continue.',
        );
  }

  static invalidSecondFactor() {
    return new AuthException(
      401,
      AuthErrorCode.InvalidSecondFactor,
      'That code is not valid',
      'Codes change every 30 seconds and each can be used once; recovery codes once each. Check your authenticator and try again.',
    );
  }

  static secondFactorNotOwed() {
    return new AuthException(409, AuthErrorCode.SecondFactorNotOwed, 'No code is owed', 'This session does not wait for a second factor.');
  }

  static alreadyEnrolled() {
    return new AuthException(
      409,
      AuthErrorCode.SecondFactorAlreadyEnrolled,
      'An authenticator is enrolled already',
      'Ask an admin to reset your second factor if you lost your authenticator and your recovery codes.',
    );
  }

  static noEnrollmentStarted() {
    return new AuthException(
      409,
      AuthErrorCode.NoEnrollmentStarted,
      'No enrollment in progress',
      'Start enrolling an authenticator first, then confirm it with a code it shows.',
    );
  }

  static wrongCurrentPassword() {
    return new AuthException(422, AuthErrorCode.WrongCurrentPassword, 'The current password is not right', undefined, {
      errors: [{ field: 'currentPassword', message: 'currentPassword is not your current password' }],
    });
  }

  static unacceptablePassword(problem: string, field = 'newPassword') {
    return new AuthException(422, AuthErrorCode.UnacceptablePassword, 'Choose another password', problem, { errors: [{ field, message: problem }] });
  }

  /** 403: an admin gave this account a clinical role, and no director has approved it yet. */
  static approvalPending() {
    return new AuthException(
      403,
      AuthErrorCode.ApprovalPending,
      'Your account waits for a director’s approval',
      'Until a clinical director approves it, your account reaches only its own settings.',
    );
  }

  /** One answer for a link that never existed, was used, revoked or has expired: none of them says more. */
  static linkInvalid(remedy = 'Ask your administrator for a new one.') {
    return new AuthException(400, AuthErrorCode.LinkInvalid, 'This link is no longer valid', `Links work once and for a limited time. ${remedy}`);
  }

  /** 403, only after a right password: the organization signs this person in through its identity provider. */
  static useSingleSignOn() {
    return new AuthException(
      403,
      AuthErrorCode.UseSingleSignOn,
      'Use single sign-on',
      'Your organization signs you in through its identity provider: choose “Use single sign-on”.',
    );
  }

  static roleNotAllowed() {
    return new AuthException(403, AuthErrorCode.RoleNotAllowed, 'Not allowed for your role');
  }
}
