/** Cohesion's own pseudonymous member code: "M-" and six Crockford base32 characters (no I, L, O, U). */
export const MEMBER_CODE = /^M-[0-9A-HJKMNP-TV-Z]{6}$/;

/** True for a member code such as M-7K3Q9D, which is allowed in notes. */
export function isMemberCode(value: string): boolean {
  return MEMBER_CODE.test(value);
}
