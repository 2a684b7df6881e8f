import { csvCell, csvRow } from './csv';

describe('CSV cells (RFC 4180, formula injection neutralised)', () => {
  it('writes plain text and numbers as they are, and nothing as an empty cell', () => {
    expect([csvCell('Grief support'), csvCell(7), csvCell(0), csvCell(null), csvCell(undefined), csvCell('')]).toEqual(['Grief support', '7', '0', '', '', '']);
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
  ])('neutralises %j as %j', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it('keeps negative numbers as numbers and text that only contains the characters later', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends a record with CRLF', () => {
    expect(csvRow(['x', 1, null, 'y,z'])).toBe('x,1,,"y,z"\r\n');
  });
});
