import { dirname, join } from 'node:path';

/**
 * The fonts every Cohesion PDF draws with: DejaVu Sans (npm package `dejavu-fonts-ttf`), which covers Latin with
 * every European diacritic, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic and common symbols, so a note prints as written.
 * pdfkit embeds each as a subset of the glyphs used, with a ToUnicode map: the text stays real text (searchable and
 * copyable). Characters DejaVu lacks (CJK, most emoji) print as `?`, never as a wrong glyph.
 */
export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

// The API is bundled by webpack, whose `require` does not resolve files of packages at run time: use Node's own.
declare const __non_webpack_require__: NodeRequire | undefined;
const nodeRequire: NodeRequire = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;

let fontFolder: string | null = null;

function fontFile(name: string): string {
  fontFolder ??= join(dirname(nodeRequire.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return join(fontFolder, `${name}.ttf`);
}

/** Registers the regular and bold fonts with a document under the names of `FONT`, and starts it in the regular one. */
export function registerFonts(pdf: PDFKit.PDFDocument): void {
  for (const name of Object.values(FONT)) pdf.registerFont(name, fontFile(name));
  pdf.font(FONT.regular);
}

interface FontWithCoverage {
  font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean };
}

/** The text with every character the document's current font has no glyph for replaced by `?` (line breaks kept). */
export function drawableText(pdf: PDFKit.PDFDocument, text: string): string {
  const font = (pdf as unknown as { _font?: FontWithCoverage })._font?.font;
  if (!font?.hasGlyphForCodePoint) return text;
  let drawable = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    drawable += char === '\n' || font.hasGlyphForCodePoint(codePoint) ? char : '?';
  }
  return drawable;
}
