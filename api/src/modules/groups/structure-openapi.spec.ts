import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expectDocumentedOperation } from '../../../test/openapi-expectations';
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
    expectDocumentedOperation(document, method, path, requestType, responseType);
  });

  it('documents member and staff responses without any field beyond the allowlist', () => {
    expect(Object.keys(document.components.schemas.MemberSummaryDto.properties).sort()).toEqual(['code', 'exitReason', 'id', 'joinedOn', 'leftOn']);
    expect(Object.keys(document.components.schemas.StaffSummaryDto.properties).sort()).toEqual(['displayName', 'id', 'role']);
  });
});
