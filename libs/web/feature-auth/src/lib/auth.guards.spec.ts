import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import type { AuthStatus } from '@cohesion/web/data-access';
import { AuthStore } from '@cohesion/web/data-access';
import { allowRoles, awaitingApprovalGuard, landingGuard, safeReturnUrl, signedInGuard, signedOutGuard } from './auth.guards';

/** An AuthStore whose server answers `restore()` with the given status. */
class FakeAuthStore {
  readonly status = signal<AuthStatus>('unknown');
  restoreCalls = 0;
  constructor(private readonly restoredStatus: AuthStatus) {}
  async restore(): Promise<void> {
    this.restoreCalls++;
    this.status.set(this.restoredStatus);
  }
}

function setUp(restoredStatus: AuthStatus): FakeAuthStore {
  const auth = new FakeAuthStore(restoredStatus);
  TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: AuthStore, useValue: auth }] });
  return auth;
}

function run(guard: typeof signedInGuard, url: string) {
  const state = { url } as RouterStateSnapshot;
  return TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, state)) as Promise<boolean | UrlTree>;
}

const serialize = (result: boolean | UrlTree) => (result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result);

describe('signedInGuard', () => {
  it('lets a signed-in person through, restoring the session only once', async () => {
    const auth = setUp('signed-in');
    expect(await run(signedInGuard, '/home')).toBe(true);
    expect(await run(signedInGuard, '/home')).toBe(true);
    expect(auth.restoreCalls).toBe(1);
  });

  it('sends a signed-out person to sign in with the URL they wanted', async () => {
    setUp('signed-out');
    expect(serialize(await run(signedInGuard, '/home?tab=2'))).toBe('/sign-in?returnUrl=%2Fhome%3Ftab%3D2');
  });

  it('does not add a returnUrl for the root URL', async () => {
    setUp('signed-out');
    expect(serialize(await run(signedInGuard, '/'))).toBe('/sign-in');
  });
});

describe('an account waiting for a director’s approval', () => {
  it('is sent from every page of the app, and from sign-in, to the page that says it waits', async () => {
    setUp('awaiting-approval');
    expect(serialize(await run(signedInGuard, '/groups/1'))).toBe('/awaiting-approval');
    expect(serialize(await run(signedOutGuard, '/sign-in'))).toBe('/awaiting-approval');
    expect(await run(awaitingApprovalGuard, '/awaiting-approval')).toBe(true);
  });

  it('is the only kind of account that stays on that page', async () => {
    setUp('signed-in');
    expect(serialize(await run(awaitingApprovalGuard, '/awaiting-approval'))).toBe('/');
    TestBed.resetTestingModule();
    setUp('signed-out');
    expect(serialize(await run(awaitingApprovalGuard, '/awaiting-approval'))).toBe('/sign-in');
  });
});

describe('signedOutGuard', () => {
  it('sends a signed-in person home', async () => {
    setUp('signed-in');
    expect(serialize(await run(signedOutGuard, '/sign-in'))).toBe('/');
  });

  it('lets a signed-out person sign in', async () => {
    const auth = setUp('signed-out');
    expect(await run(signedOutGuard, '/sign-in')).toBe(true);
    expect(auth.restoreCalls).toBe(1);
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/groups/42?tab=notes', '/groups/42?tab=notes'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/phish', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?returnUrl=%2Fhome', '/'],
  ])('maps %p to %p', (returnUrl, expected) => {
    expect(safeReturnUrl(returnUrl)).toBe(expected);
  });
});

describe('allowRoles', () => {
  function runAs(role: 'director' | 'facilitator') {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: AuthStore, useValue: { user: signal({ role }) } }] });
    return TestBed.runInInjectionContext(() => allowRoles('director')({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot)) as boolean | UrlTree;
  }

  it('lets the named roles through and sends anyone else home', () => {
    expect(runAs('director')).toBe(true);
    expect(serialize(runAs('facilitator'))).toBe('/');
  });
});

describe('landingGuard', () => {
  it.each([
    ['facilitator', '/home'],
    ['supervisor', '/review'],
    ['director', '/overview'],
    ['admin', '/home'],
  ] as const)('leads a %s to %s, the first page of their navigation, once a reloaded page knows who is signed in', async (role, landing) => {
    TestBed.resetTestingModule();
    const user = signal<{ role: string } | null>(null);
    const status = signal('unknown');
    const auth = {
      user,
      status,
      restore: async () => {
        user.set({ role });
        status.set('signed-in');
      },
    };
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: AuthStore, useValue: auth }] });
    const target = await TestBed.runInInjectionContext(() => landingGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
    expect(serialize(target as UrlTree)).toBe(landing);
  });
});
