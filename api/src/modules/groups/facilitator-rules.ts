import type { FacilitatorAssignment } from '@cohesion/contracts';
import type { FieldError } from './groups.exception';

/** The rules of a facilitator list that need no database: exactly one lead, and nobody listed twice. */
export function facilitatorListErrors(facilitators: FacilitatorAssignment[]): FieldError[] {
  const errors: FieldError[] = [];
  const leads = facilitators.filter((f) => f.role === 'lead').length;
  if (leads !== 1) errors.push({ field: 'facilitators', message: `facilitators must name exactly one lead (found ${leads})` });
  const seen = new Set<string>();
  facilitators.forEach((f, index) => {
    if (seen.has(f.userId)) errors.push({ field: `facilitators[${index}].userId`, message: `facilitators[${index}].userId is listed more than once` });
    seen.add(f.userId);
  });
  return errors;
}

/** Field errors for the people on the list who are not enabled facilitators of the organization. */
export function notFacilitatorErrors(facilitators: FacilitatorAssignment[], enabledFacilitatorIds: Set<string>): FieldError[] {
  return facilitators.flatMap((f, index) =>
    enabledFacilitatorIds.has(f.userId)
      ? []
      : [{ field: `facilitators[${index}].userId`, message: `facilitators[${index}].userId must be an enabled facilitator of your organization` }],
  );
}
