import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AcceptInvitationRequest,
  AccountLinkRequest,
  ChangePasswordRequest,
  ConfirmSecondFactorRequest,
  CurrentUser,
  EnrolledSecondFactor,
  InvitationDetails,
  LoginRequest,
  LoginResponse,
  PasswordResetConfirmation,
  PasswordResetRequest,
  SecondFactorEnrollment,
  SecondFactorRequest,
  SingleSignOnCallbackRequest,
  SingleSignOnStart,
  SingleSignOnStartRequest,
  WeeklyDigestPreference,
} from '@cohesion/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { problemMessage } from '../problem/problem-message';

/**
 * Whether we know who is using the app: `unknown` until the session has been checked once; `second-factor` when the
 * password was right but a code (or an authenticator's enrollment) is still owed; `awaiting-approval` when an admin
 * gave the account a clinical role that no director has approved yet (it reaches nothing but its own settings).
 */
export type AuthStatus = 'unknown' | 'signed-in' | 'second-factor' | 'awaiting-approval' | 'signed-out';

/** The outcome of a request the person made: its answer, or a message to show. */
export type AuthResult<T> = { ok: true; value: T } | { ok: false; message: string };
/** The outcome of a sign-in attempt: the user, or a message to show. */
export type SignInResult = AuthResult<CurrentUser>;

interface AuthState {
  status: AuthStatus;
  user: CurrentUser | null;
}

function statusOf(user: CurrentUser): AuthStatus {
  if (user.secondFactor === 'pending' || user.secondFactor === 'enrollment_required') return 'second-factor';
  return user.approval === 'pending' ? 'awaiting-approval' : 'signed-in';
}

/** The signed-in person and their session, backed by /api/auth. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<AuthState>({ status: 'unknown', user: null });
  private pendingRestore: Promise<void> | null = null;

  /** The signed-in person, or null. */
  readonly user = computed(() => this.state().user);
  /** Whether the session is known, and whether someone is signed in. */
  readonly status = computed(() => this.state().status);

  /** Asks the server who is signed in (cookie session); concurrent calls share one request. */
  restore(): Promise<void> {
    this.pendingRestore ??= firstValueFrom(this.http.get<CurrentUser>('/api/auth/me'))
      .then(
        (user) => void this.signedInAs(user),
        () => this.markSignedOut(),
      )
      .finally(() => (this.pendingRestore = null));
    return this.pendingRestore;
  }

  /** Signs in with the password; the user may still owe a second factor (status `second-factor`). */
  signIn(email: string, password: string): Promise<SignInResult> {
    const body: LoginRequest = { email, password };
    return this.attempt(this.http.post<LoginResponse>('/api/auth/login', body), ({ user }) => this.signedInAs(user));
  }

  /** Starts single sign-on for this email's organization: answers the provider's page to send the browser to. */
  startSingleSignOn(email: string): Promise<AuthResult<string>> {
    const body: SingleSignOnStartRequest = { email };
    return this.attempt(this.http.post<SingleSignOnStart>('/api/auth/sso', body), ({ authorizationUrl }) => authorizationUrl);
  }

  /** Finishes single sign-on with the query string the provider sent the browser back with. */
  finishSingleSignOn(callbackQuery: string): Promise<SignInResult> {
    const body: SingleSignOnCallbackRequest = { callbackQuery };
    return this.attempt(this.http.post<LoginResponse>('/api/auth/sso/callback', body), ({ user }) => this.signedInAs(user));
  }

  /** Finishes signing in with a code from the authenticator, or a recovery code. */
  proveSecondFactor(proof: SecondFactorRequest): Promise<SignInResult> {
    return this.attempt(this.http.post<LoginResponse>('/api/auth/second-factor', proof), ({ user }) => this.signedInAs(user));
  }

  /** Starts enrolling an authenticator: the secret and its QR code. */
  beginEnrollment(): Promise<AuthResult<SecondFactorEnrollment>> {
    return this.attempt(this.http.post<SecondFactorEnrollment>('/api/auth/second-factor/enrollment', {}), (enrollment) => enrollment);
  }

  /** Confirms the enrollment with a code from the new authenticator; answers the recovery codes, shown once. */
  confirmEnrollment(code: string): Promise<AuthResult<string[]>> {
    const body: ConfirmSecondFactorRequest = { code };
    return this.attempt(this.http.post<EnrolledSecondFactor>('/api/auth/second-factor/enrollment/confirmation', body), ({ user, recoveryCodes }) => {
      this.signedInAs(user);
      return recoveryCodes;
    });
  }

  /** Whom an invitation link is for (its token comes from the link's `#token=`). */
  invitation(token: string): Promise<AuthResult<InvitationDetails>> {
    const body: AccountLinkRequest = { token };
    return this.attempt(this.http.post<InvitationDetails>('/api/auth/invitation/details', body), (details) => details);
  }

  /** Sets the person's own first password through their invitation, and signs them in. */
  acceptInvitation(token: string, password: string): Promise<SignInResult> {
    const body: AcceptInvitationRequest = { token, password };
    return this.attempt(this.http.post<LoginResponse>('/api/auth/invitation/acceptance', body), ({ user }) => this.signedInAs(user));
  }

  /** Forgot password: the server mails a link if the address has an account, and answers the same either way. */
  requestPasswordReset(email: string): Promise<AuthResult<void>> {
    const body: PasswordResetRequest = { email };
    return this.attempt(this.http.post<void>('/api/auth/password-reset', body), () => undefined);
  }

  /** Sets a new password through the link of a reset email; every session of the account ends, this browser's too. */
  resetPassword(token: string, password: string): Promise<AuthResult<void>> {
    const body: PasswordResetConfirmation = { token, password };
    return this.attempt(this.http.post<void>('/api/auth/password-reset/confirm', body), () => this.markSignedOut());
  }

  changePassword(currentPassword: string, newPassword: string): Promise<AuthResult<void>> {
    const body: ChangePasswordRequest = { currentPassword, newPassword };
    return this.attempt(this.http.post<void>('/api/auth/password', body), () => undefined);
  }

  /** Turns the Monday digest email on or off (directors and supervisors). */
  setWeeklyDigest(enabled: boolean): Promise<AuthResult<void>> {
    const body: WeeklyDigestPreference = { enabled };
    return this.attempt(this.http.put<void>('/api/auth/weekly-digest', body), () => {
      this.state.update((state) => ({ ...state, user: state.user && { ...state.user, weeklyDigest: enabled } }));
    });
  }

  /** The person has read their security notice: it is no longer shown, here or at their next sign-in. */
  async dismissSecurityNotice(): Promise<AuthResult<void>> {
    return this.attempt(this.http.post<void>('/api/auth/security-notice/dismissal', {}), () => {
      this.state.update((state) => ({ ...state, user: state.user && { ...state.user, securityNotice: null } }));
    });
  }

  /** Ends the session on the server; the app forgets the user even if the request fails. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null));
    } catch {
      // The session cookie expires on its own; locally the person is signed out either way.
    } finally {
      this.markSignedOut();
    }
  }

  /** Forgets the user, e.g. when the server answers 401 because the session expired. */
  markSignedOut(): void {
    this.state.set({ status: 'signed-out', user: null });
  }

  private signedInAs(user: CurrentUser): CurrentUser {
    this.state.set({ status: statusOf(user), user });
    return user;
  }

  private async attempt<A, T>(request: Observable<A>, onSuccess: (answer: A) => T): Promise<AuthResult<T>> {
    try {
      return { ok: true, value: onSuccess(await firstValueFrom(request)) };
    } catch (error) {
      return { ok: false, message: problemMessage(error) };
    }
  }
}
