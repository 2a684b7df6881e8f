import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const THRESHOLD_BYTES = 1024;

/**
 * Compresses API answers in one synchronous call. A compression stream per response (as @fastify/compress builds for
 * everything) cost 2–4 ms even for a 10 KB answer, more than compressing it does; the dashboard's files still go
 * through the plugin, which leaves an answer already encoded here alone.
 */
export function compressApiAnswers(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (!request.url.startsWith('/api/') || typeof payload !== 'string' || reply.hasHeader('content-encoding')) return done(null, payload);
    const size = Buffer.byteLength(payload);
    const encoding = size < THRESHOLD_BYTES ? null : preferredEncoding(request.headers['accept-encoding']);
    if (!encoding) return done(null, payload);
    const body =
      encoding === 'br'
        ? brotliCompressSync(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: size } })
        : gzipSync(payload);
    void reply.header('content-encoding', encoding).header('vary', 'accept-encoding');
    done(null, body);
  });
}

/** `br` or `gzip` when the client accepts it (q > 0), else null. */
export function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}
