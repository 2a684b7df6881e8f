import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from '@cohesion/contracts';

/** Shown when the request never reached the server (offline, DNS, server down). */
export const NETWORK_ERROR_MESSAGE = 'Cannot reach Cohesion. Check your connection and try again.';

/** The problem details carried by an error response, or null when the body is not a problem. */
export function readProblem(error: unknown): ProblemDetails | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = typeof error.error === 'string' ? parseJson(error.error) : error.error;
  return isProblem(body) ? body : null;
}

/** Names a problem's field (`facilitatorIds[0]`) in the reader's words ("Noor Haddad"), or undefined to leave it. */
export type FieldLabel = (field: string) => string | undefined;

/**
 * A sentence a person can act on, for any error thrown by HttpClient (or anything else). With `fieldLabel`, field
 * errors that start with their field name it in the reader's words, and the detail (which points API clients at
 * `errors`) gives way to them.
 */
export function problemMessage(error: unknown, fieldLabel?: FieldLabel): string {
  if (error instanceof HttpErrorResponse && error.status === 0) return NETWORK_ERROR_MESSAGE;
  const problem = readProblem(error);
  if (problem) return describeProblem(problem, fieldLabel);
  if (error instanceof HttpErrorResponse) {
    return `Something went wrong on the server (${error.status}). Try again in a moment.`;
  }
  return 'Something went wrong. Try again in a moment.';
}

function describeProblem(problem: ProblemDetails, fieldLabel: FieldLabel | undefined): string {
  // The title says what happened, the detail what to do about it.
  const fieldErrors = problem.errors ?? [];
  const detail = fieldLabel && fieldErrors.length ? '' : (problem.detail?.trim() ?? '');
  const parts = [sentence(problem.title.trim()), sentence(detail)];
  for (const { field, message } of fieldErrors) parts.push(sentence(labelField(message.trim(), field, fieldLabel)));
  return [...new Set(parts.filter(Boolean))].join(' ');
}

function labelField(message: string, field: string, fieldLabel: FieldLabel | undefined): string {
  const label = fieldLabel?.(field);
  return label !== undefined && message.startsWith(field) ? label + message.slice(field.length) : message;
}

function sentence(text: string): string {
  if (!text) return '';
  const capitalized = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

function isProblem(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<ProblemDetails>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
