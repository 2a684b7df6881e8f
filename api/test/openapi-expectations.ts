/* eslint-disable @typescript-eslint/no-explicit-any -- the OpenAPI document is plain JSON */
import { startTestApp } from './test-app';

/** The OpenAPI document as served (in demo mode, where reading it needs no sign-in). */
export async function openApiDocument(): Promise<any> {
  const app = await startTestApp({ COHESION_DEMO: '1' });
  try {
    return (await app.inject({ method: 'GET', url: '/api/docs-json' })).json();
  } finally {
    await app.close();
  }
}

type Operation = readonly [method: string, path: string, requestType: string | undefined, responseType: string];

/**
 * Checks, for the enclosing describe block, that every listed operation of the OpenAPI document has its request and
 * response types, cookie auth, error answers and UUID path ids; returns the document for further checks.
 */
export function describesOperations(operations: readonly Operation[]): { document: any } {
  const holder: { document: any } = { document: undefined };
  beforeAll(async () => {
    holder.document = await openApiDocument();
  });

  it.each(operations)('describes %s %s with its request and response types, cookie auth and errors', (method, path, requestType, responseType) => {
    const operation = holder.document.paths[path]?.[method];
    expect(operation).toBeDefined();
    const success = operation.responses['200'] ?? operation.responses['201'];
    expect(JSON.stringify(success.content['application/json'].schema)).toContain(`#/components/schemas/${responseType}`);
    if (requestType) expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${requestType}` });
    expect(operation.security).toEqual([{ cookie: [] }]);
    expect(Object.keys(operation.responses).filter((status) => Number(status) >= 400).length).toBeGreaterThan(0);
    for (const parameter of operation.parameters.filter((p: { in: string }) => p.in === 'path')) expect(parameter.schema.format).toBe('uuid');
  });

  return holder;
}
