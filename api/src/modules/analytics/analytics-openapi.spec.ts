import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expectDocumentedOperation } from '../../../test/openapi-expectations';
import { startTestApp } from '../../../test/test-app';

/** The analytics routes, as the OpenAPI document must describe them. */
const DOCUMENTED = [
  ['get', '/api/analytics/trends', undefined, 'TrendResponseDto'],
  ['get', '/api/analytics/groups/{groupId}/members/{memberId}/trajectory', undefined, 'TrajectoryPointDto'],
  ['get', '/api/analytics/attendance', undefined, 'AttendanceSummaryDto'],
  ['get', '/api/analytics/alerts', undefined, 'AlertPageDto'],
  ['post', '/api/analytics/alerts/{id}/acknowledge', 'AcknowledgeAlertDto', 'AlertDto'],
] as const;

describe('OpenAPI document: analytics', () => {
  let app: NestFastifyApplication;
  let document: any;

  beforeAll(async () => {
    app = await startTestApp();
    document = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json();
  });

  afterAll(() => app.close());

  it.each(DOCUMENTED)('describes %s %s with its request and response types, cookie auth and errors', (method, path, requestType, responseType) => {
    expectDocumentedOperation(document, method, path, requestType, responseType);
  });

  it('documents the trend query and the point fields, with the buckets and scopes it accepts', () => {
    const parameters = Object.fromEntries(document.paths['/api/analytics/trends'].get.parameters.map((p: { name: string }) => [p.name, p]));
    expect(parameters.scope).toMatchObject({ required: true, schema: { enum: ['group', 'facilitator', 'program', 'organization'] } });
    expect(parameters.bucket).toMatchObject({ required: true, schema: { enum: ['session', 'week', 'month'] } });
    expect(Object.keys(document.components.schemas.TrendPointDto.properties).sort()).toEqual(
      ['ciHigh', 'ciLow', 'lowN', 'mean', 'members', 'n', 'period', 'sd', 'sessionId'],
    );
  });
});
