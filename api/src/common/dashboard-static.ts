import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sendProblem } from './problem-details.filter';
import { problemDetails } from './problem.exception';

/**
 * Serves the built dashboard at `/` and falls back to its index.html for client-side routes.
 * Unknown `/api/...` paths answer a 404 problem instead.
 */
export async function serveDashboard(app: NestFastifyApplication, webRoot: string): Promise<void> {
  const hasDashboard = existsSync(join(webRoot, 'index.html'));
  if (hasDashboard) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        // File names of the build carry a content hash, except index.html.
        void res.header('cache-control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    });
  }
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/') || !hasDashboard) {
      sendProblem(reply, problemDetails(404, 'not_found', 'Not found', `No resource at ${path}.`, { instance: path }));
      return;
    }
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
