import { reasonLabel } from './check-in-reason';
import { formatClinicDateTime } from './clinic-date';
import { formatIsoDate } from './format-date';
import { formatChange, formatPercent, formatScore } from './format-figure';
import { roleLabel } from './role-label';

describe('formatIsoDate', () => {
  it.each([
    ['2026-11-19', '19 Nov 2026'],
    ['2026-01-01', '1 Jan 2026'],
    ['2025-09-30', '30 Sep 2025'],
    ['2026-12-31T23:30:00Z', '31 Dec 2026'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatIsoDate(iso)).toBe(expected);
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatIsoDate('soon')).toBe('soon');
    expect(formatIsoDate('2026-13-01')).toBe('2026-13-01');
  });
});

describe('roleLabel', () => {
  it('names every role', () => {
    expect(roleLabel('facilitator')).toBe('Facilitator');
    expect(roleLabel('supervisor')).toBe('Supervisor');
    expect(roleLabel('director')).toBe('Clinical director');
    expect(roleLabel('admin')).toBe('Administrator');
  });
});

describe('figures for people', () => {
  it('writes changes with a symbol, shares as percentages and scores with one decimal', () => {
    expect([formatChange(0.31), formatChange(-1.26), formatChange(0.01), formatChange(null)]).toEqual(['▲ 0.3', '▼ 1.3', 'no change', '']);
    expect([formatPercent(0.845), formatPercent(null)]).toEqual(['85%', '–']);
    expect([formatScore(7.44), formatScore(null)]).toEqual(['7.4', '–']);
  });
});

describe('formatClinicDateTime', () => {
  it('reads an instant in the clinic’s time zone, not the browser’s', () => {
    const chicago = formatClinicDateTime('2026-11-27T03:30:00Z', 'America/Chicago');
    const tokyo = formatClinicDateTime('2026-11-27T03:30:00Z', 'Asia/Tokyo');
    expect(chicago).toMatch(/26/);
    expect(chicago).toMatch(/9:30/);
    expect(tokyo).toMatch(/27/);
    expect(tokyo).toMatch(/12:30/);
    expect(formatClinicDateTime('2026-11-27T03:30:15Z', 'UTC', 'seconds')).toMatch(/3:30:15/);
  });
});

describe('reasonLabel', () => {
  it('names the rule and its measure in a few words', () => {
    expect(reasonLabel({ kind: 'low', measure: 'belonging' })).toBe('Low belonging');
    expect(reasonLabel({ kind: 'declining', measure: 'learning' })).toBe('Declining learning');
    expect(reasonLabel({ kind: 'behind_group', measure: null })).toBe('Behind the group');
    expect(reasonLabel({ kind: 'disengaging', measure: null })).toBe('Missing sessions');
    expect(reasonLabel({ kind: 'climate_drop', measure: null })).toBe('Climate drop');
  });
});
