import { describesOperations } from '../../../test/openapi-expectations';

/** The analytics routes, as the OpenAPI document must describe them. */
const DOCUMENTED = [
  ['get', '/api/analytics/trends', undefined, 'TrendResponseDto'],
  ['get', '/api/analytics/groups/{groupId}/members/{memberId}/trajectory', undefined, 'TrajectoryPointDto'],
  ['get', '/api/analytics/attendance', undefined, 'AttendanceSummaryDto'],
  ['get', '/api/analytics/alerts', undefined, 'CheckInPageDto'],
  ['post', '/api/analytics/alerts/{id}/acknowledge', 'AcknowledgeCheckInDto', 'CheckInDto'],
] as const;

describe('OpenAPI document: analytics', () => {
  const openApi = describesOperations(DOCUMENTED);

  it('documents the trend query and the point fields, with the buckets and scopes it accepts', () => {
    const parameters = Object.fromEntries(openApi.document.paths['/api/analytics/trends'].get.parameters.map((p: { name: string }) => [p.name, p]));
    expect(parameters.scope).toMatchObject({ required: true, schema: { enum: ['group', 'facilitator', 'program', 'organization'] } });
    expect(parameters.bucket).toMatchObject({ required: true, schema: { enum: ['session', 'week', 'month'] } });
    expect(Object.keys(openApi.document.components.schemas.TrendPointDto.properties).sort()).toEqual([
      'ciHigh',
      'ciLow',
      'lowN',
      'mean',
      'members',
      'n',
      'period',
      'sd',
      'sessionId',
    ]);
  });
});
