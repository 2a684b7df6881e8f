import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { NETWORK_ERROR_MESSAGE, problemMessage, readProblem } from './problem-message';

function problemResponse(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: body,
    headers: new HttpHeaders({ 'content-type': 'application/problem+json' }),
    url: '/api/test',
  });
}

describe('problemMessage', () => {
  it('says what happened (title) and what to do (detail)', () => {
    const error = problemResponse(401, {
      type: 'about:blank',
      title: 'Email or password is incorrect',
      status: 401,
      code: 'invalid_credentials',
      detail: 'Check both and try again.',
    });
    expect(problemMessage(error)).toBe('Email or password is incorrect. Check both and try again.');
  });

  it('falls back to the title, as a sentence, when there is no detail', () => {
    const error = problemResponse(403, { type: 'about:blank', title: 'Forbidden', status: 403, code: 'csrf_failed' });
    expect(problemMessage(error)).toBe('Forbidden.');
  });

  it('adds the field messages of a validation problem', () => {
    const error = problemResponse(400, {
      type: 'about:blank',
      title: 'The request is not valid',
      status: 400,
      code: 'validation_failed',
      detail: 'Some fields are missing or invalid.',
      errors: [
        { field: 'email', message: 'email must be an email' },
        { field: 'password', message: 'Password is required.' },
      ],
    });
    expect(problemMessage(error)).toBe('The request is not valid. Some fields are missing or invalid. Email must be an email. Password is required.');
  });

  it("names the fields in the reader's words when asked, leaving out the detail that points at `errors`", () => {
    const error = problemResponse(422, {
      type: 'about:blank',
      title: 'The group cannot be set up this way',
      status: 422,
      code: 'invalid_group_setup',
      detail: 'Check the fields listed in `errors`.',
      errors: [
        { field: 'facilitators', message: 'facilitators must name exactly one lead (found 0)' },
        { field: 'facilitators[1].userId', message: 'facilitators[1].userId must be an enabled facilitator of your organization' },
        { field: 'facilitators[2].userId', message: 'facilitators[2].userId is listed more than once' },
      ],
    });
    const labels: Record<string, string> = { facilitators: 'the group', 'facilitators[1].userId': 'Noor Haddad' };
    expect(problemMessage(error, (field) => labels[field])).toBe(
      'The group cannot be set up this way. The group must name exactly one lead (found 0). ' +
        'Noor Haddad must be an enabled facilitator of your organization. Facilitators[2].userId is listed more than once.',
    );
  });

  it('reads a problem sent as a JSON string', () => {
    const error = problemResponse(409, JSON.stringify({ title: 'Conflict', status: 409, code: 'x', type: 't' }));
    expect(readProblem(error)?.code).toBe('x');
    expect(problemMessage(error)).toBe('Conflict.');
  });

  it('explains network errors', () => {
    const error = new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') });
    expect(problemMessage(error)).toBe(NETWORK_ERROR_MESSAGE);
    expect(NETWORK_ERROR_MESSAGE).toBe('Cannot reach Cohesion. Check your connection and try again.');
  });

  it('gives the status when the server answered without a problem', () => {
    const error = new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' });
    expect(problemMessage(error)).toBe('Something went wrong on the server (502). Try again in a moment.');
  });

  it('handles errors that are not HTTP errors', () => {
    expect(problemMessage(new Error('boom'))).toBe('Something went wrong. Try again in a moment.');
    expect(readProblem(new Error('boom'))).toBeNull();
  });
});
