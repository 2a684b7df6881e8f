import { describesOperations } from '../../../test/openapi-expectations';

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
  const openApi = describesOperations(DOCUMENTED);

  it('documents member and staff responses without any field beyond the allowlist', () => {
    expect(Object.keys(openApi.document.components.schemas.MemberSummaryDto.properties).sort()).toEqual(['code', 'exitReason', 'id', 'joinedOn', 'leftOn']);
    expect(Object.keys(openApi.document.components.schemas.StaffSummaryDto.properties).sort()).toEqual(['displayName', 'id', 'role']);
  });
});
