import { ProblemException } from '../../common/problem.exception';

export enum AuthErrorCode {
  InvalidCredentials = 'invalid_credentials',
  Unauthenticated = 'unauthenticated',
  RoleNotAllowed = 'role_not_allowed',
  TooManyAttempts = 'too_many_sign_in_attempts',
}

export class AuthException extends ProblemException {
  static invalidCredentials() {
    return new AuthException(401, AuthErrorCode.InvalidCredentials, 'Email or password is incorrect',
      'Check both and try again. Accounts that are disabled cannot sign in.');
  }

  static unauthenticated() {
    return new AuthException(401, AuthErrorCode.Unauthenticated, 'Sign-in required',
      'Your session has ended or you are not signed in.');
  }

  /** 429 with Retry-After: the same answer whether the email belongs to an account or not. */
  static tooManyAttempts(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    return new AuthException(429, AuthErrorCode.TooManyAttempts, 'Too many sign-in attempts',
      `Sign-in is paused for this account or network after repeated failures. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds }).withHeader('retry-after', String(retryAfterSeconds));
  }

  static roleNotAllowed() {
    return new AuthException(403, AuthErrorCode.RoleNotAllowed, 'Not allowed for your role');
  }
}
