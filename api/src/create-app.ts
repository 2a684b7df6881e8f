import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { serveDashboard } from './common/dashboard-static';
import { applyHttpHardening } from './start-up/http-hardening';
import { setupOpenApi } from './start-up/openapi';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation';
import { DeniedRequests } from './modules/audit/denied-requests';
import type { AppConfig } from './config/app-config';
import type { Clock } from './common/clock';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the whole HTTP application (used by main and by the tests, which call `inject` on it). */
export async function createApp(config: AppConfig, options: { logDestination?: DestinationStream; clock?: Clock } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
  });
  // abortOnError false: a provider that fails at start-up (a missing setting) throws to the caller instead of exiting.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // Nest flushes buffered logs only when it listens; the tests (Fastify inject) never listen, and their logs must flow too.
  app.flushLogs();
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const deniedRequests = app.get(DeniedRequests);
  app.useGlobalFilters(new ProblemDetailsFilter((request, problem, refused) => deniedRequests.record(request, problem, refused)));
  app.enableShutdownHooks();
  await applyHttpHardening(app);
  setupOpenApi(app, config);
  await serveDashboard(app, config.webRoot);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
