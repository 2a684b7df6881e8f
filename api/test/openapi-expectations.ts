/* eslint-disable @typescript-eslint/no-explicit-any -- the OpenAPI document is plain JSON */

/** An operation of the OpenAPI document has its request and response types, cookie auth, error answers and UUID path ids. */
export function expectDocumentedOperation(document: any, method: string, path: string, requestType: string | undefined, responseType: string): void {
  const operation = document.paths[path]?.[method];
  expect(operation).toBeDefined();
  const success = operation.responses['200'] ?? operation.responses['201'];
  expect(JSON.stringify(success.content['application/json'].schema)).toContain(`#/components/schemas/${responseType}`);
  if (requestType) expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${requestType}` });
  expect(operation.security).toEqual([{ cookie: [] }]);
  expect(Object.keys(operation.responses).filter((status) => Number(status) >= 400).length).toBeGreaterThan(0);
  for (const parameter of operation.parameters.filter((p: { in: string }) => p.in === 'path')) expect(parameter.schema.format).toBe('uuid');
}
