import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestApp } from '../../../test/test-app';

/** The routes of programs, groups, members, staff and supervision, as the OpenAPI document must describe them. */
const DOCUMENTED = [
  ['get', '/api/programs', undefined, 'ProgramSummaryDto'],
  ['post', '/api/programs', 'CreateProgramDto', 'ProgramSummaryDto'],
  ['get', '/api/groups/{groupId}', undefined, 'GroupDetailDto'],
  ['post', '/api/groups', 'CreateGroupDto', 'GroupDetailDto'],
  ['put', '/api/groups/{groupId}/facilitators', 'ReplaceFacilitatorsDto', 'GroupDetailDto'],
  ['patch', '/api/groups/{groupId}', 'UpdateGroupDto', 'GroupDetailDto'],
  ['get', '/api/groups/{groupId}/members', undefined, 'MemberSummaryDto'],
  ['post', '/api/groups/{groupId}/members', 'AddMemberDto', 'MemberSummaryDto'],
  ['post', '/api/groups/{groupId}/members/{memberId}/exit', 'ExitMemberDto', 'MemberSummaryDto'],
  ['get', '/api/staff', undefined, 'StaffSummaryDto'],
  ['get', '/api/supervisions', undefined, 'SupervisionAssignmentDto'],
  ['put', '/api/supervisions/{supervisorId}', 'ReplaceSupervisionsDto', 'SupervisionAssignmentDto'],
] as const;

describe('OpenAPI document: programs, groups, members and staff', () => {
  let app: NestFastifyApplication;
  let document: any;

  beforeAll(async () => {
    app = await startTestApp();
    document = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json();
  });

  afterAll(() => app.close());

  it.each(DOCUMENTED)('describes %s %s with its request and response types, cookie auth and errors', (method, path, requestType, responseType) => {
    const operation = document.paths[path]?.[method];
    expect(operation).toBeDefined();
    const success = operation.responses['200'] ?? operation.responses['201'];
    expect(JSON.stringify(success.content['application/json'].schema)).toContain(`#/components/schemas/${responseType}`);
    if (requestType) expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${requestType}` });
    expect(operation.security).toEqual([{ cookie: [] }]);
    expect(Object.keys(operation.responses).filter((status) => Number(status) >= 400).length).toBeGreaterThan(0);
    for (const parameter of operation.parameters.filter((p: { in: string }) => p.in === 'path')) expect(parameter.schema.format).toBe('uuid');
  });

  it('documents member and staff responses without any field beyond the allowlist', () => {
    expect(Object.keys(document.components.schemas.MemberSummaryDto.properties).sort()).toEqual(['code', 'exitReason', 'id', 'joinedOn', 'leftOn']);
    expect(Object.keys(document.components.schemas.StaffSummaryDto.properties).sort()).toEqual(['displayName', 'id', 'role']);
  });
});
