/** Staff roles. Members are never users. */
export const ROLES = ['facilitator', 'supervisor', 'director', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may read clinical content at all; admins are kept out by separation of duties. */
const CLINICAL_ROLES: readonly Role[] = ['facilitator', 'supervisor', 'director'];

/**
 * Whether giving an account this role needs a director's approval: an admin who could make clinical readers at will
 * could read every note through one (separation of duties).
 */
export function roleNeedsApproval(role: Role): boolean {
  return CLINICAL_ROLES.includes(role);
}

/**
 * Who must use a second factor in an organization: by default admins and directors (they see or change everything),
 * or everyone. "optional" exists for demo and synthetic organizations only; the API never sets it.
 */
export const SECOND_FACTOR_POLICIES = ['optional', 'privileged_roles', 'everyone'] as const;
export type SecondFactorPolicy = (typeof SECOND_FACTOR_POLICIES)[number];
export const PRIVILEGED_ROLES: readonly Role[] = ['director', 'admin'];

export function secondFactorRequired(role: Role, policy: SecondFactorPolicy): boolean {
  if (policy === 'everyone') return true;
  return policy === 'privileged_roles' && PRIVILEGED_ROLES.includes(role);
}

/** The roles that receive the Monday digest email (open check-ins, notes awaiting co-signature, climate drops). */
export const DIGEST_ROLES: readonly Role[] = ['director', 'supervisor'];
