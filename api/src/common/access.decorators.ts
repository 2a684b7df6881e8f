import { SetMetadata } from '@nestjs/common';
import type { Role } from '@cohesion/domain';

export const PUBLIC_ROUTE = 'cohesion:public';
export const ALLOWED_ROLES = 'cohesion:roles';

/** The route needs no sign-in. Every route must carry either this or `@Allow(...)`: deny is the default. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call the route; object-level checks still happen in the service. */
export const Allow = (...roles: [Role, ...Role[]]) => SetMetadata(ALLOWED_ROLES, roles);

export const BEFORE_SECOND_FACTOR = 'cohesion:before-second-factor';

/**
 * The route is open to a session that still owes its second factor (reading who is signed in, signing out, proving
 * or enrolling the factor). Every other route needs a session whose second factor is settled.
 */
export const BeforeSecondFactor = () => SetMetadata(BEFORE_SECOND_FACTOR, true);

export const BEFORE_APPROVAL = 'cohesion:before-approval';

/**
 * The route is about the caller's own account and open while a director has not yet approved the clinical role an
 * admin gave it (routes marked `@BeforeSecondFactor()` are open too). Every other route needs an approved account.
 */
export const BeforeApproval = () => SetMetadata(BEFORE_APPROVAL, true);
