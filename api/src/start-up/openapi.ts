import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '../config/app-config';
import { AuthService } from '../modules/auth/auth.service';
import { SessionCookie } from '../modules/auth/session-cookie';
import { COOKIES } from '../common/cookies';
import { sendProblem } from '../common/problem-details.filter';
import { problemForStatus } from '../common/problem.exception';

const DOCS_PATH = '/api/docs';

/**
 * The OpenAPI document at /api/docs-json and its browsable form at /api/docs. Outside demo mode they are for signed-in
 * staff only (the map of an API is an attacker's first read), decided on the route matched, whatever the URL's spelling.
 */
export function setupOpenApi(app: NestFastifyApplication, config: Pick<AppConfig, 'demoMode'>): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Cohesion API')
      .setDescription(
        'Session notes and outcome analytics for group therapy. Errors are RFC 9457 problem details ' +
          '(application/problem+json) with a stable `code`. Every request of a method other than GET, HEAD and OPTIONS ' +
          'must send the header X-XSRF-TOKEN equal to the XSRF-TOKEN cookie.',
      )
      .setVersion('0.1.0')
      .addCookieAuth(COOKIES.session)
      .build(),
  );
  if (!config.demoMode) requireStaffForDocs(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}

function requireStaffForDocs(app: NestFastifyApplication): void {
  const auth = app.get(AuthService);
  const cookie = app.get(SessionCookie);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (!request.routeOptions.url?.startsWith(DOCS_PATH)) return;
      const token = cookie.read(request);
      const session = token ? await auth.authenticate(token) : null;
      const settled = session && (session.secondFactor === 'not_required' || session.secondFactor === 'verified');
      if (settled) return;
      sendProblem(reply, problemForStatus(401, 'Sign in to Cohesion to read its API documentation.', { instance: request.url.split('?')[0] }));
      return reply;
    });
}
