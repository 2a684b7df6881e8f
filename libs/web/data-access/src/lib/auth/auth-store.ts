import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { CurrentUser, LoginRequest, LoginResponse } from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';
import { problemMessage } from '../problem/problem-message';

/** Whether we know who is using the app: `unknown` until the session has been checked once. */
export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out';

/** The outcome of a sign-in attempt: the user, or a message to show. */
export type SignInResult = { ok: true; user: CurrentUser } | { ok: false; message: string };

interface AuthState {
  status: AuthStatus;
  user: CurrentUser | null;
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
        (user) => this.state.set({ status: 'signed-in', user }),
        () => this.markSignedOut(),
      )
      .finally(() => (this.pendingRestore = null));
    return this.pendingRestore;
  }

  /** Signs in; resolves to the user, or to a readable message when the server refuses. */
  async signIn(email: string, password: string): Promise<SignInResult> {
    const body: LoginRequest = { email, password };
    try {
      const { user } = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', body));
      this.state.set({ status: 'signed-in', user });
      return { ok: true, user };
    } catch (error) {
      return { ok: false, message: problemMessage(error) };
    }
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
}
