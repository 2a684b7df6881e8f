/** Below this many distinct members a cell is marked "low n" on the dashboard (statistical caution, not privacy). */
export const LOW_N_MEMBERS = 5;

/** True when a cell is built from fewer than 5 distinct members. */
export function isLowN(members: number): boolean {
  return members < LOW_N_MEMBERS;
}
