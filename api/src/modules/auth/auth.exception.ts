import { ProblemException } from '../../common/problem.exception';

export enum AuthErrorCode {
  InvalidCredentials = 'invalid_credentials',
  Unauthenticated = 'unauthenticated',
  RoleNotAllowed = 'role_not_allowed',
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

  static roleNotAllowed() {
    return new AuthException(403, AuthErrorCode.RoleNotAllowed, 'Not allowed for your role');
  }
}
