import type { Role, SecondFactorPolicy } from '@cohesion/domain';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organizationName: string;
  /** The organization's IANA time zone: "today" and times are the clinic's. */
  timeZone: string;
  /** Where this session stands with the second factor: only `not_required` and `verified` open the application. */
  secondFactor: SecondFactorState;
  /** Whether the person has an authenticator enrolled. */
  secondFactorEnrolled: boolean;
  /**
   * `pending`: an admin gave this account a clinical role and a director has not approved it yet; until then it
   * reaches its own account settings and nothing clinical.
   */
  approval: ApprovalState;
  /** Something the person should know about their account, shown at sign-in until they dismiss it; null when nothing. */
  securityNotice: SecurityNotice | null;
  /** Directors and supervisors: whether they receive the Monday digest email; null for the roles that get none. */
  weeklyDigest: boolean | null;
}

/** Turns one's own weekly digest email on or off. */
export interface WeeklyDigestPreference {
  enabled: boolean;
}

/**
 * `second_factor_guessing`: someone who had the right password entered so many wrong second-factor codes that
 * Cohesion stopped them (the password may be known to someone else).
 */
export interface SecurityNotice {
  kind: 'second_factor_guessing';
  at: string;
}

export const APPROVAL_STATES = ['approved', 'pending'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/**
 * `pending`: the password was right, a code is still owed. `enrollment_required`: the organization requires a second
 * factor and none is enrolled yet, so only enrollment is open.
 */
export const SECOND_FACTOR_STATES = ['not_required', 'verified', 'pending', 'enrollment_required'] as const;
export type SecondFactorState = (typeof SECOND_FACTOR_STATES)[number];

export interface LoginResponse {
  user: CurrentUser;
}

/** A six-digit code from the authenticator, or one of the recovery codes. */
export interface SecondFactorRequest {
  code?: string;
  recoveryCode?: string;
}

/** What the authenticator app needs; shown once, while enrolling. */
export interface SecondFactorEnrollment {
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code: an SVG data URL. */
  qrCodeSvg: string;
}

export interface ConfirmSecondFactorRequest {
  code: string;
}

/** Enrollment done: the session is verified; the recovery codes are shown this once and never again. */
export interface EnrolledSecondFactor {
  user: CurrentUser;
  recoveryCodes: string[];
}

/** The organization's security settings that admins change. */
export interface OrganizationSecuritySettings {
  secondFactorPolicy: SecondFactorPolicy;
}

export interface UpdateOrganizationSecurityRequest {
  secondFactorPolicy: Exclude<SecondFactorPolicy, 'optional'>;
}

/** A single-use link's token, as its page read it from the link (never from a URL the server logs). */
export interface AccountLinkRequest {
  token: string;
}

/** Whom an invitation is for, shown on the page where they choose their password. */
export interface InvitationDetails {
  email: string;
  displayName: string;
  organizationName: string;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
}

/** Forgot password: a single-use link goes to this address if it has an account (the answer does not say). */
export interface PasswordResetRequest {
  email: string;
}

/** The new password, through the link of a password-reset email. */
export interface PasswordResetConfirmation {
  token: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `GET /api/organization/settings`: the organization's settings (docs/analytics.md and docs/privacy-and-security.md). */
export interface OrganizationSettings {
  /** IANA time zone of the clinic: its "today" and every time shown. */
  timeZone: string;
  /** Exports meant to leave the organization hide cells of 1 to k − 1 distinct members; at least 5. */
  smallCellK: number;
  /** A score at or below this (0–10) in a member's latest attended session is a reason to check in. */
  lowScoreThreshold: number;
  /** Reliability r of the measures (strictly between 0 and 1), for reliable change. */
  reliability: number;
}

/** `PUT /api/organization/settings`: the settings to change, any of them. Admins change the time zone; clinical directors the clinical figures. */
export type UpdateOrganizationSettingsRequest = Partial<OrganizationSettings>;

/** The settings that change clinical figures: clinical directors change them, never admins. */
export const CLINICAL_SETTINGS = ['smallCellK', 'lowScoreThreshold', 'reliability'] as const;
/** The settings of running the organization: admins change them. */
export const ADMINISTRATIVE_SETTINGS = ['timeZone'] as const;
/** Never below 5 (docs/analytics.md); 11 by default, as in the CMS cell-size policy. */
export const MIN_SMALL_CELL_K = 5;

/** An organization's OpenID Connect provider, as its admins see it (the client secret never leaves the server). */
export interface SingleSignOnProvider {
  issuer: string;
  clientId: string;
  /** Email domains whose people may sign in through this provider, lower case. */
  allowedDomains: string[];
  /** Whether people other than admins may still sign in with a password. */
  passwordSignIn: boolean;
  /** Whether a provider sign-in that asserted multi-factor authentication (`amr` holds `mfa`) skips Cohesion's own second factor. */
  trustProviderMfa: boolean;
}

/** What decides who a provider signs in. */
export type SingleSignOnIdentity = Pick<SingleSignOnProvider, 'issuer' | 'clientId' | 'allowedDomains' | 'trustProviderMfa'>;

/** The provider as saved: it signs people in only once a clinical director approved it. */
export interface SingleSignOnState extends SingleSignOnProvider {
  status: 'active' | 'awaiting_approval';
  /** The admin who last changed what decides who people are, and when (an approval names this time). */
  proposedBy: string;
  /** The proposer's email, which, unlike their display name, they cannot change. */
  proposedByEmail: string;
  proposedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  /** What a director approved last, while a change of it waits; null for a provider never approved. */
  previouslyApproved: SingleSignOnIdentity | null;
}

export interface SingleSignOnSettings {
  /** The address to register with the provider as the client's redirect URI. */
  redirectUri: string;
  provider: SingleSignOnState | null;
}

/** A director's approval names the proposal they read, so that one changed since is refused rather than approved. */
export interface SingleSignOnDecision {
  proposedAt: string;
}

export interface UpdateSingleSignOnRequest extends SingleSignOnProvider {
  /** Required the first time; left out, the stored secret stays. */
  clientSecret?: string;
}

export interface SingleSignOnStartRequest {
  email: string;
}

export interface SingleSignOnStart {
  /** Where the browser goes next: the provider's sign-in page. */
  authorizationUrl: string;
}

export interface SingleSignOnCallbackRequest {
  /** The query string the provider sent the browser back with, without the leading `?`. */
  callbackQuery: string;
}
