export * from './lib/sessions.routes';
