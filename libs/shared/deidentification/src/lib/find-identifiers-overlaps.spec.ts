import { findIdentifiers } from './find-identifiers';
import { kindsAndTexts } from './testing/finding-at';

describe('findIdentifiers: merging', () => {
  it('returns nothing for empty or non-string input', () => {
    expect(findIdentifiers('')).toEqual([]);
    expect(findIdentifiers(undefined as unknown as string)).toEqual([]);
  });

  it('returns findings sorted by start and never overlapping', () => {
    const text = 'Maria Lopez (maria@example.org, 555-123-4567) lives at 12 Oak St, Dayton, OH 45402; DOB 03/14/1935, aged 90, MRN 4456781.';
    const findings = findIdentifiers(text);
    for (let i = 1; i < findings.length; i++) expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].end);
    expect(findings.map((f) => f.kind)).toEqual(['name', 'email', 'phone', 'address', 'address', 'postcode', 'date', 'age_over_89', 'id_number']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('keeps the longer finding when two overlap', () => {
    expect(kindsAndTexts('Write to maria.lopez@example.org today.')).toEqual([['email', 'maria.lopez@example.org']]);
    expect(kindsAndTexts('Seen on June 5, 1990.')).toEqual([['date', 'June 5, 1990']]);
  });

  it('keeps the more specific finding when two overlapping findings are equally long', () => {
    expect(kindsAndTexts('Account number 5551234567 is overdue.')).toEqual([['id_number', '5551234567']]);
    expect(kindsAndTexts('Call 5551234567 tonight.')).toEqual([['phone', '5551234567']]);
  });
});
