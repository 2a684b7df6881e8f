/** What a period of group care delivered: member-sessions and the facilitator time they took. */
export interface ReachInput {
  memberSessionsDelivered: number;
  facilitatorMinutes: number;
}

/** Member-sessions delivered per facilitator-hour; null when no facilitator time was recorded. */
export function reach(input: ReachInput): number | null {
  const { memberSessionsDelivered, facilitatorMinutes } = input;
  if (!(memberSessionsDelivered >= 0) || !(facilitatorMinutes >= 0)) {
    throw new RangeError(`reach needs non-negative counts, got ${memberSessionsDelivered} member-sessions and ${facilitatorMinutes} minutes`);
  }
  return facilitatorMinutes === 0 ? null : memberSessionsDelivered / (facilitatorMinutes / 60);
}
