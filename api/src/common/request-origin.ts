import type { FastifyRequest } from 'fastify';
import { isIP } from 'node:net';

/** Where a request came from, for the audit trail and throttling: the client's address and the request's id. */
export interface RequestOrigin {
  ip: string | null;
  requestId: string;
}

/**
 * The client's address as Fastify derived it (through the proxies COHESION_TRUST_PROXY trusts), or null when that is
 * not an address PostgreSQL's inet stores: a proxy that passes a client's own X-Forwarded-For along could otherwise
 * hand us anything, including an IPv6 address with a zone (`fe80::1%eth0`), which Node accepts and inet refuses.
 */
export function clientAddress(request: FastifyRequest): string | null {
  return request.ip && isIP(request.ip) && !request.ip.includes('%') ? request.ip : null;
}

export function originOfRequest(request: FastifyRequest): RequestOrigin {
  return { ip: clientAddress(request), requestId: String(request.id) };
}
