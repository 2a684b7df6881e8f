import { openApiDocument } from '../../../test/openapi-expectations';

/** The report and export routes: files, not JSON, so described by their media type, parameters and problems. */
const FILES = [
  ['/api/exports/ratings.csv', 'text/csv', ['scope', 'id', 'from', 'to']],
  ['/api/exports/aggregates.csv', 'text/csv', ['scope', 'id', 'from', 'to', 'k']],
  ['/api/exports/aggregates.pdf', 'application/pdf', ['scope', 'id', 'from', 'to', 'k']],
  ['/api/reports/supervision.pdf', 'application/pdf', ['scope', 'id', 'facilitatorId', 'groupId', 'from', 'to']],
] as const;

describe('OpenAPI document: reports and exports', () => {
  let document: any;

  beforeAll(async () => {
    document = await openApiDocument();
  });

  it.each(FILES)('describes GET %s as %s with its parameters, cookie auth and problems', (path, mediaType, parameters) => {
    const operation = document.paths[path]?.get;
    expect(operation).toBeDefined();
    expect(Object.keys(operation.responses['200'].content)).toEqual([mediaType]);
    expect(operation.security).toEqual([{ cookie: [] }]);
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual([...parameters].sort());
    expect(
      Object.keys(operation.responses)
        .filter((status) => Number(status) >= 400)
        .sort(),
    ).toEqual(expect.arrayContaining(['400', '404']));
  });
});
