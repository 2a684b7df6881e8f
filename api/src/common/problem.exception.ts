import { HttpException } from '@nestjs/common';
import type { ProblemDetails } from '@cohesion/contracts';

/** What a refused request asked for: the kind of record and its id (never its content). */
export interface RefusedSubject {
  type: string;
  id: string;
}

/** Base of every module's exception: an HTTP status, a stable code and a readable title. */
export class ProblemException extends HttpException {
  /** Headers the answer carries besides the problem (`Retry-After`, say). */
  readonly headers: Record<string, string> = {};
  /** Set on an object-level refusal (the 404 of a record out of reach, too): the audit trail records it. */
  refused: RefusedSubject | null = null;

  constructor(
    status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(title, status);
  }

  withHeader(name: string, value: string): this {
    this.headers[name] = value;
    return this;
  }

  toProblem(instance?: string): ProblemDetails {
    return problemDetails(this.getStatus(), this.code, this.title, this.detail, { instance, ...this.extensions });
  }
}

export function problemDetails(status: number, code: string, title: string, detail?: string, extensions: Record<string, unknown> = {}): ProblemDetails {
  const body: ProblemDetails = { type: `https://cohesion.app/problems/${code}`, title, status, code };
  if (detail) body.detail = detail;
  for (const [key, value] of Object.entries(extensions)) if (value !== undefined) body[key] = value;
  return body;
}

/** Codes and titles for the statuses the framework itself produces. */
export const STATUS_PROBLEMS: Record<number, { code: string; title: string }> = {
  400: { code: 'bad_request', title: 'The request is not valid' },
  401: { code: 'unauthenticated', title: 'Sign-in required' },
  403: { code: 'forbidden', title: 'Not allowed' },
  404: { code: 'not_found', title: 'Not found' },
  405: { code: 'method_not_allowed', title: 'Method not allowed' },
  406: { code: 'not_acceptable', title: 'Not acceptable' },
  409: { code: 'conflict', title: 'Conflict' },
  413: { code: 'payload_too_large', title: 'The request body is too large' },
  415: { code: 'unsupported_media_type', title: 'Send JSON with Content-Type: application/json' },
  422: { code: 'unprocessable', title: 'The request cannot be processed' },
  429: { code: 'too_many_requests', title: 'Too many requests' },
  500: { code: 'internal_error', title: 'Something went wrong on our side' },
  503: { code: 'unavailable', title: 'The service is not available right now' },
};

export function problemForStatus(status: number, detail?: string, extensions?: Record<string, unknown>) {
  const known = STATUS_PROBLEMS[status] ?? STATUS_PROBLEMS[status >= 500 ? 500 : 400];
  return problemDetails(status, known.code, known.title, detail, extensions);
}
