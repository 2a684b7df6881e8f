// SignInPage is deliberately not exported: authRoutes loads it lazily, so it never lands in the initial bundle.
export * from './lib/auth.guards';
export * from './lib/auth.routes';
