import { describesOperations } from '../../../test/openapi-expectations';

/** The audit routes, as the OpenAPI document must describe them. */
const DOCUMENTED = [
  ['get', '/api/audit', undefined, 'AuditEventPageDto'],
  ['get', '/api/audit/verification', undefined, 'AuditChainVerificationDto'],
] as const;

describe('OpenAPI document: audit', () => {
  const openApi = describesOperations(DOCUMENTED);

  it('documents the filters of the trail', () => {
    const names = openApi.document.paths['/api/audit'].get.parameters.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(['action', 'actorId', 'entityId', 'entityType', 'from', 'limit', 'offset', 'to']);
  });
});
