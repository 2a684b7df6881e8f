/** RFC 9457 problem details, as every API error is answered. `code` is stable; `detail` is for people. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  /** Field-level validation errors, when the request body was invalid. */
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}
