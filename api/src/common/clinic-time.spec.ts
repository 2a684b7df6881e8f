import { formatClinicTime } from './clinic-time';

describe('clinic time', () => {
  it('shows a moment on the organization’s wall clock, with the zone named', () => {
    expect(formatClinicTime('2026-11-27T07:09:00Z', 'Europe/Paris')).toBe('2026-11-27 08:09 (Europe/Paris)');
    expect(formatClinicTime(new Date('2026-07-01T23:30:00Z'), 'America/New_York')).toBe('2026-07-01 19:30 (America/New_York)');
    expect(formatClinicTime('2026-12-31T23:59:00Z', 'UTC')).toBe('2026-12-31 23:59 (UTC)');
  });
});
