// Every web spec runs at one fixed instant, so nothing it asserts depends on the day it runs. Only Date is faked:
// timers stay real unless a spec fakes them itself (jest.useFakeTimers keeps this instant).
const TEST_NOW = new Date('2026-12-01T15:00:00Z');
const ALL_BUT_DATE = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
];
jest.useFakeTimers({ now: TEST_NOW, doNotFake: ALL_BUT_DATE });
