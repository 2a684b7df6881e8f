import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@cohesion/domain';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from '../src/common/access.decorators';

export interface ServedRoute {
  /** `GET /api/groups/:groupId` */
  route: string;
  method: string;
  path: string;
  isPublic: boolean;
  roles: Role[];
}

/** Every route of every Nest controller, with its access decision, read from the decorators Nest itself uses. */
export function servedRoutes(app: NestFastifyApplication): ServedRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = app.get(Reflector);
  const routes: ServedRoute[] = [];
  for (const { instance, metatype } of discovery.getControllers()) {
    if (!instance || !metatype) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance);
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const own = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const path = `/api/${[base, own].filter((p) => p && p !== '/').join('/')}`.replace(/\/$/, '');
      routes.push({
        route: `${method} ${path}`,
        method,
        path,
        isPublic: Boolean(reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [handler, metatype])),
        roles: reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, [handler, metatype]) ?? [],
      });
    }
  }
  return routes;
}
