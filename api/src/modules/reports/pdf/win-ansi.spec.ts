import { toWinAnsi } from './win-ansi';

describe('text for pdfkit’s standard fonts (WinAnsi)', () => {
  it('keeps ASCII, Latin-1 and the Windows-1252 punctuation as they are', () => {
    const text = 'Plan: “check in” – café, naïve, 50 € … Œuvre ‘ok’ • done\nnext line';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('writes look-alikes for minus signs, comparisons and arrows', () => {
    expect(toWinAnsi('change \u22120.5, score \u2264 4, \u2265 7, a \u2192 b')).toBe('change -0.5, score <= 4, >= 7, a -> b');
  });

  it('drops accents WinAnsi lacks and replaces what is left with ?', () => {
    expect(toWinAnsi('Erdős, Łódź')).toBe('Erdos, ?ódz');
    expect(toWinAnsi('😀 中文 Ω')).toBe('? ?? ?');
  });

  it('turns tabs and other spaces into spaces and removes control and format characters', () => {
    expect(toWinAnsi('a\tb\u2009c\u200bd\u0007e')).toBe('a b cde');
  });
});
