import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ProblemDetails } from '@cohesion/contracts';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { errorForLog } from './error-log';
import { ProblemException, problemForStatus, type RefusedSubject } from './problem.exception';

/** Hears of every refusal before it is sent: each 401 and 403, and each object-level 404 (the audit trail records them). */
export type RefusalListener = (request: FastifyRequest, problem: ProblemDetails, refused: RefusedSubject | null) => Promise<void>;

/** Every error leaves the API as RFC 9457 problem details; nothing else (no stack, no note text) is ever sent. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(private readonly onRefused: RefusalListener = async () => undefined) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ reqId: request.id, code: (exception as { code?: string }).code }, 'database unavailable');
      void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      sendProblem(
        reply,
        problemForStatus(
          503,
          'The database is not reachable or too busy right now. Try again shortly (a save retried with the same Idempotency-Key is recorded once).',
          {
            instance: request.url.split('?')[0],
          },
        ),
      );
      return;
    }
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500) this.logger.error({ error: errorForLog(exception), reqId: request.id }, 'request failed');
    const refused = exception instanceof ProblemException ? exception.refused : null;
    if (problem.status === 401 || problem.status === 403 || refused) await this.onRefused(request, problem, refused);
    if (exception instanceof ProblemException) for (const [name, value] of Object.entries(exception.headers)) void reply.header(name, value);
    sendProblem(reply, problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    const instance = request.url.split('?')[0];
    if (exception instanceof ProblemException) return exception.toProblem(instance);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      // Fastify's own errors (malformed JSON, body too large) arrive here as HttpExceptions with a readable message.
      const detail = status < 500 && typeof message === 'string' && message !== exception.name ? message : undefined;
      return problemForStatus(status, detail, { instance });
    }
    return problemForStatus(500, undefined, { instance });
  }
}

export function sendProblem(reply: FastifyReply, problem: ProblemDetails): void {
  if (reply.sent) return;
  void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
}
