import type { FastifyRequest } from 'fastify';
import { isIP } from 'node:net';

/** Where a request came from, for the audit trail and throttling: the client's address and the request's id. */
export interface RequestOrigin {
  ip: string | null;
  requestId: string;
}

/**
 * The client's address as Fastify derived it (through the proxies COHESION_TRUST_PROXY trusts), or null when that is
 * not an IP address: a proxy that passes a client's own X-Forwarded-For along could otherwise hand us anything.
 */
export function clientAddress(request: FastifyRequest): string | null {
  return request.ip && isIP(request.ip) ? request.ip : null;
}

export function originOfRequest(request: FastifyRequest): RequestOrigin {
  return { ip: clientAddress(request), requestId: String(request.id) };
}
