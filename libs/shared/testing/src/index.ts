export * from './lib/builders';
