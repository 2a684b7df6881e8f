import { findingKey, withoutDismissed } from './dismissed-findings';
import { findIdentifiers } from './find-identifiers';
import { findingAt } from './testing/finding-at';

describe('withoutDismissed', () => {
  const text = 'Grace Kelly called. Later Grace Kelly texted 555-123-4567.';
  const findings = findIdentifiers(text);

  it('drops every occurrence of a dismissed kind + text and keeps the rest', () => {
    expect(withoutDismissed(findings, [{ kind: 'name', text: 'Grace Kelly' }])).toEqual([findingAt(text, 'phone', '555-123-4567')]);
  });

  it('ignores positions, so a dismissal survives edits that shift offsets', () => {
    const dismissed = [{ kind: 'name' as const, start: 999, end: 1010, text: 'Grace Kelly' }];
    expect(withoutDismissed(findIdentifiers(`Note. ${text}`), dismissed).map((f) => f.kind)).toEqual(['phone']);
  });

  it('does not dismiss the same text under another kind', () => {
    expect(withoutDismissed(findings, [{ kind: 'phone', text: 'Grace Kelly' }])).toEqual(findings);
  });

  it('keys findings by kind and text only', () => {
    expect(findingKey({ kind: 'name', text: 'Grace' })).toBe(findingKey({ kind: 'name', text: 'Grace' }));
    expect(findingKey({ kind: 'name', text: 'Grace' })).not.toBe(findingKey({ kind: 'name', text: 'grace' }));
  });
});
