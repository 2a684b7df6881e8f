import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { compressApiAnswers } from '../common/api-compression';
import { RefusedRequestTally } from '../modules/audit/refused-request-tally';
import { CsrfTokens, type CsrfVerdict } from '../common/csrf';
import { clientAddress } from '../common/request-origin';
import { sendProblem } from '../common/problem-details.filter';
import { problemDetails } from '../common/problem.exception';

/**
 * Helmet's headers, with its directives parsed once here: @fastify/helmet builds a new helmet middleware on every
 * request, which cost about 0.35 ms of CPU per request (a sixth of a signed-in request's whole cost).
 */
const setSecurityHeaders = helmet({
  // HSTS is added below, only for requests that arrived over TLS.
  strictTransportSecurity: false,
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Angular and ngx-charts set element styles at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      // Clinics may serve plain HTTP on a private network while TLS is set up; do not break the page there.
      upgradeInsecureRequests: null,
    },
  },
});

/** Cookies, security headers, compression, and the CSRF check of every request that is not of a safe method. */
export async function applyHttpHardening(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCookie);
  const fastify = app.getHttpAdapter().getInstance();
  const csrf = app.get(CsrfTokens);
  const refusals = app.get(RefusedRequestTally);
  fastify.addHook('onRequest', (request, reply, done) => setSecurityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });

  compressApiAnswers(fastify);
  fastify.addHook('preValidation', (request, reply, done) => {
    if (nestingDeeperThan(request.body, MAX_BODY_NESTING)) {
      sendProblem(
        reply,
        problemDetails(
          400,
          'too_deeply_nested',
          'The request is nested too deeply',
          `JSON bodies may nest objects and arrays at most ${MAX_BODY_NESTING} levels deep.`,
          { instance: request.url.split('?')[0] },
        ),
      );
      return;
    }
    if (containsNulCharacter(request.body)) {
      sendProblem(
        reply,
        problemDetails(400, 'nul_character', 'The request contains a NUL character', 'Text may not contain the character U+0000.', {
          instance: request.url.split('?')[0],
        }),
      );
      return;
    }
    done();
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // Answers carry clinical content: no browser or proxy keeps a copy. Only the dashboard's own files say otherwise.
    void reply.header('cache-control', 'no-store');
    csrf.ensureToken(request, reply);
    const verdict = csrf.verdict(request);
    if (verdict === 'cross_site' || verdict === 'invalid') {
      refusals.count('csrf', clientAddress(request));
      sendProblem(reply, csrfProblem(request, verdict));
      return;
    }
    done();
  });
}

function csrfProblem(request: FastifyRequest, verdict: Extract<CsrfVerdict, 'cross_site' | 'invalid'>) {
  const instance = request.url.split('?')[0];
  return verdict === 'cross_site'
    ? problemDetails(403, 'csrf_cross_site', 'The request came from another site', 'Changes are accepted only from Cohesion’s own pages.', { instance })
    : problemDetails(403, 'csrf_failed', 'The CSRF token is missing or wrong', 'Send the X-XSRF-TOKEN header with the value of the XSRF-TOKEN cookie.', {
        instance,
      });
}

/**
 * No request of this API nests deeper than a few levels; validating a hostile body thousands of levels deep ran
 * class-transformer out of stack (a 500). Walked without recursion, so the check itself cannot overflow.
 */
const MAX_BODY_NESTING = 32;

function nestingDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length) {
    const [item, depth] = pending.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/** PostgreSQL cannot store U+0000 in text; refuse it at the edge instead of failing on write. */
function containsNulCharacter(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000') || containsNulCharacter(item, depth + 1)) return true;
  }
  return false;
}
