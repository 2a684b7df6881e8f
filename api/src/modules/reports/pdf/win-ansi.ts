/**
 * pdfkit's standard fonts (Helvetica) encode text as WinAnsi (Windows-1252): a character outside it prints as
 * garbage or nothing. Notes may hold any Unicode, so every string goes through here before it is drawn.
 */
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u00a0': ' ',
};

const isWinAnsi = (char: string): boolean => {
  const code = char.codePointAt(0) as number;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || WIN_ANSI_EXTRAS.includes(char) || char === '\n';
};

/** The text with every character WinAnsi lacks replaced: by its ASCII look-alike, its letter without accents, or `?`. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (isWinAnsi(char)) out += char;
    else if (SUBSTITUTES[char] !== undefined) out += SUBSTITUTES[char];
    else if (char === '\t' || /\s/u.test(char)) out += ' ';
    else if (/\p{Cc}|\p{Cf}/u.test(char)) continue;
    else out += withoutMarks(char);
  }
  return out;
}

/** `ő` → `o`, `ǅ` → `Dž`; `?` when nothing of the character is left in WinAnsi. */
function withoutMarks(char: string): string {
  const base = [...char.normalize('NFKD')].filter((part) => !/\p{M}/u.test(part));
  return base.length && base.every(isWinAnsi) ? base.join('') : '?';
}
