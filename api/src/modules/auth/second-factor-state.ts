import type { SecondFactorState } from '@cohesion/contracts';
import { secondFactorRequired } from '@cohesion/domain';
import type { StaffAccount } from './auth.repository';

/** What a right password leaves owing: a code if an authenticator is enrolled, an enrollment if policy requires one. */
export function secondFactorAfterPassword(account: StaffAccount): SecondFactorState {
  if (account.secondFactorEnrolled) return 'pending';
  return secondFactorRequired(account.role, account.secondFactorPolicy) ? 'enrollment_required' : 'not_required';
}
