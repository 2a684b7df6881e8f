import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { COOKIES } from './cookies';

/** The OpenAPI document at /api/docs-json and its browsable form at /api/docs. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Cohesion API')
    .setDescription(
      'Session notes and outcome analytics for group therapy. Errors are RFC 9457 problem details ' +
        '(application/problem+json) with a stable `code`. State-changing requests must send the header X-XSRF-TOKEN ' +
        'equal to the XSRF-TOKEN cookie.',
    )
    .setVersion('0.1.0')
    .addCookieAuth(COOKIES.session)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}
