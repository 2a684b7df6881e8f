import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { SignedSessionsAreLocked1764200000000 } from './1764200000000-signed-sessions-are-locked';
import { OutcomeRollups1764300000000 } from './1764300000000-outcome-rollups';
import { FirstSessionNorms1764400000000 } from './1764400000000-first-session-norms';
import { OutcomeRollupVersion1764500000000 } from './1764500000000-outcome-rollup-version';
import { AuditTrail1764600000000 } from './1764600000000-audit-trail';
import { SignInThrottle1764700000000 } from './1764700000000-sign-in-throttle';
import { RowLevelSecurity1764800000000 } from './1764800000000-row-level-security';
import { SecondFactor1764900000000 } from './1764900000000-second-factor';
import { StaffApprovalAndLinks1764950000000 } from './1764950000000-staff-approval-and-links';
import { SecondFactorGuessingNotice1764960000000 } from './1764960000000-second-factor-guessing-notice';
import { ForcedRowLevelSecurity1765010000000 } from './1765010000000-forced-row-level-security';
import { KeyedAuditChain1765020000000 } from './1765020000000-keyed-audit-chain';
import { MembersPerMeasure1765154000000 } from './1765154000000-members-per-measure';
import { OrganizationSettings1765300000000 } from './1765300000000-organization-settings';
import { CheckIns1765310000000 } from './1765310000000-check-ins';
import { MailOutbox1765400000000 } from './1765400000000-mail-outbox';
import { PasswordResetLinks1765410000000 } from './1765410000000-password-reset-links';
import { WeeklyDigest1765420000000 } from './1765420000000-weekly-digest';
import { SingleSignOn1765430000000 } from './1765430000000-single-sign-on';

/** Every migration, in order. Listed explicitly so the bundled API carries them (no file globbing at run time). */
export const MIGRATIONS = [
  InitialSchema1764100000000,
  SignedSessionsAreLocked1764200000000,
  OutcomeRollups1764300000000,
  FirstSessionNorms1764400000000,
  OutcomeRollupVersion1764500000000,
  AuditTrail1764600000000,
  SignInThrottle1764700000000,
  RowLevelSecurity1764800000000,
  SecondFactor1764900000000,
  StaffApprovalAndLinks1764950000000,
  SecondFactorGuessingNotice1764960000000,
  ForcedRowLevelSecurity1765010000000,
  KeyedAuditChain1765020000000,
  MembersPerMeasure1765154000000,
  OrganizationSettings1765300000000,
  CheckIns1765310000000,
  MailOutbox1765400000000,
  PasswordResetLinks1765410000000,
  WeeklyDigest1765420000000,
  SingleSignOn1765430000000,
];
