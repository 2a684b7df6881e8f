import { aggregatesUrl, ratingsCsvUrl, supervisionPackUrl } from './export-links';

describe('export links', () => {
  it('address each export with its scope and range, leaving out what is not given', () => {
    expect(ratingsCsvUrl({ scope: 'group', id: 'g1', from: '2026-05-27' })).toBe('/api/exports/ratings.csv?scope=group&id=g1&from=2026-05-27');
    expect(supervisionPackUrl({ scope: 'facilitator', id: 'f1', from: '2025-11-28', to: '2026-11-27' })).toBe(
      '/api/reports/supervision.pdf?scope=facilitator&id=f1&from=2025-11-28&to=2026-11-27',
    );
    expect(aggregatesUrl({ scope: 'organization', from: '2026-01-01' }, 'pdf')).toBe('/api/exports/aggregates.pdf?scope=organization&from=2026-01-01');
  });
});
