/** Staff roles (DESIGN.md section 1). Members are never users. */
export const ROLES = ['facilitator', 'supervisor', 'director', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that may read clinical content at all; admins are kept out by separation of duties. */
export const CLINICAL_ROLES: readonly Role[] = ['facilitator', 'supervisor', 'director'];
