import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { isAmbiguousFirstName, isDistinctiveSurname, isNonNameWord, isUnambiguousFirstName } from './name-lexicon';
import { LEXICON_SOURCE } from './name-lexicon.data';

describe('name lexicon', () => {
  it('is built from @faker-js/faker', () => {
    expect(LEXICON_SOURCE).toMatch(/^@faker-js\/faker \d+\.\d+\.\d+$/);
  });

  it('classifies first names', () => {
    expect(isUnambiguousFirstName('Jessica')).toBe(true);
    expect(isUnambiguousFirstName('Will')).toBe(false);
    expect(isAmbiguousFirstName('Will')).toBe(true);
    expect(isAmbiguousFirstName('Hope')).toBe(true);
    expect(isUnambiguousFirstName('Tuesday')).toBe(false);
    expect(isNonNameWord('Mom')).toBe(true);
  });

  it('tells distinctive surnames from everyday words', () => {
    expect(isDistinctiveSurname('Alvarez')).toBe(true);
    expect(isDistinctiveSurname('Hill')).toBe(false);
  });

  it('matches the checked-in data with the installed faker version', () => {
    const script = join(__dirname, '../../../scripts/generate-name-lexicon.mjs');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
