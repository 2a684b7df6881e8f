import type { FieldProblem } from '@cohesion/domain';
import { ProblemException } from '../../common/problem.exception';

export enum SessionsErrorCode {
  SessionNotFound = 'session_not_found',
  InvalidContent = 'invalid_session_content',
  NotReadyToSign = 'not_ready_to_sign',
  VersionRequired = 'version_required',
  StaleVersion = 'stale_version',
  SessionSigned = 'session_signed',
  SessionNotSigned = 'session_not_signed',
  AlreadyCosigned = 'already_cosigned',
  IdempotencyKeyReused = 'idempotency_key_reused',
  InvalidIdempotencyKey = 'invalid_idempotency_key',
}

export class SessionsException extends ProblemException {
  /** Also the answer for a session the caller may not see. */
  static notFound() {
    return new SessionsException(404, SessionsErrorCode.SessionNotFound, 'Session not found');
  }

  static invalidContent(errors: FieldProblem[]) {
    return new SessionsException(
      422,
      SessionsErrorCode.InvalidContent,
      'The session does not fit the group',
      'Fix the fields listed in errors; nothing was saved.',
      { errors },
    );
  }

  static notReadyToSign(errors: FieldProblem[]) {
    return new SessionsException(
      422,
      SessionsErrorCode.NotReadyToSign,
      'The note is not complete enough to sign',
      'Complete the fields listed in errors, save, then sign.',
      { errors },
    );
  }

  static versionRequired() {
    return new SessionsException(
      428,
      SessionsErrorCode.VersionRequired,
      'Send the version you edited',
      'Add the header If-Match with the session’s version, so that nobody’s changes are overwritten.',
    );
  }

  static staleVersion(currentVersion: number) {
    return new SessionsException(
      409,
      SessionsErrorCode.StaleVersion,
      'Someone saved this session after you opened it',
      'Reload the session to see the latest version, then make your change again.',
      { currentVersion },
    );
  }

  static signed() {
    return new SessionsException(
      409,
      SessionsErrorCode.SessionSigned,
      'This note is signed and can no longer be edited',
      'Add an addendum to correct or complete a signed note.',
    );
  }

  static notSigned() {
    return new SessionsException(
      409,
      SessionsErrorCode.SessionNotSigned,
      'This note is still a draft',
      'Edit the draft instead; addenda and co-signatures are for signed notes.',
    );
  }

  static alreadyCosigned() {
    return new SessionsException(409, SessionsErrorCode.AlreadyCosigned, 'This note is co-signed already');
  }

  static idempotencyKeyReused() {
    return new SessionsException(
      422,
      SessionsErrorCode.IdempotencyKeyReused,
      'This Idempotency-Key was used for a different request',
      'Use a new key for a new session; reuse a key only to retry the very same request.',
    );
  }

  static invalidIdempotencyKey() {
    return new SessionsException(
      400,
      SessionsErrorCode.InvalidIdempotencyKey,
      'The Idempotency-Key header is not valid',
      'Send 1 to 200 visible ASCII characters, such as a UUID.',
    );
  }
}
