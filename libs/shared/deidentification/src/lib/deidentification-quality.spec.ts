import { generateCorpus } from './corpus/generate-corpus';
import { formatQualityReport, measureQuality } from './corpus/measure-quality';
import { findIdentifiers } from './find-identifiers';

const MIN_PATTERN_RECALL = 0.99;
const MIN_NAME_RECALL = 0.9;
const MAX_CLEAN_FALSE_POSITIVE_RATE = 0.05;

describe('de-identification quality on the synthetic corpus', () => {
  const report = measureQuality(generateCorpus(), findIdentifiers);

  beforeAll(() => {
    const flagged = report.cleanSentencesWithFindings.map((sentence) => `  - ${sentence}`).join('\n');
    process.stdout.write(`\n${formatQualityReport(report)}\n${flagged ? `flagged clean sentences:\n${flagged}\n` : ''}`);
  });

  it.each(['email', 'phone', 'address', 'postcode', 'date', 'age_over_89', 'id_number', 'url', 'ip_address'])(
    `recall for %s is at least ${MIN_PATTERN_RECALL}`,
    (kind) => {
      expect(report.perKind.find((r) => r.kind === kind)?.recall).toBeGreaterThanOrEqual(MIN_PATTERN_RECALL);
    },
  );

  it(`recall for name is at least ${MIN_NAME_RECALL}`, () => {
    expect(report.perKind.find((r) => r.kind === 'name')?.recall).toBeGreaterThanOrEqual(MIN_NAME_RECALL);
  });

  it(`flags at most ${MAX_CLEAN_FALSE_POSITIVE_RATE * 100}% of clean clinical sentences`, () => {
    expect(report.falsePositiveRate).toBeLessThanOrEqual(MAX_CLEAN_FALSE_POSITIVE_RATE);
  });
});
