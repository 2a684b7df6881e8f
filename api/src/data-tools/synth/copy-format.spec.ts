import { copyField, copyLine } from './copy-format';

describe('COPY text format', () => {
  it('writes null as \\N, numbers as digits and timestamps in ISO form', () => {
    expect(copyLine([null, 7, new Date('2026-11-26T20:15:00Z')])).toBe('\\N\t7\t2026-11-26T20:15:00.000Z\n');
  });

  it('escapes backslashes, tabs and line breaks in text', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });

  it('writes text arrays as quoted array literals, escaped again for COPY', () => {
    expect(copyField(['coping skills', 'say "no"', 'a\\b'])).toBe('{"coping skills","say \\\\"no\\\\"","a\\\\\\\\b"}');
    expect(copyField([])).toBe('{}');
  });
});
