import PDFDocument from 'pdfkit';
import { drawableText, FONT, registerFonts } from './pdf-fonts';

type TextStyle = 'title' | 'heading' | 'subheading' | 'body' | 'small' | 'label';

const STYLES: Readonly<Record<TextStyle, { font: string; size: number; colour: string }>> = {
  title: { font: FONT.bold, size: 24, colour: '#000000' },
  heading: { font: FONT.bold, size: 15, colour: '#000000' },
  subheading: { font: FONT.bold, size: 11, colour: '#000000' },
  body: { font: FONT.regular, size: 10, colour: '#000000' },
  small: { font: FONT.regular, size: 8.5, colour: '#333333' },
  label: { font: FONT.bold, size: 10, colour: '#000000' },
};

export const MARGIN = 50;
const FOOTER_OFFSET = 30;

/**
 * A pdfkit document with our text styles (title, headings, body, labels) in an embedded Unicode font (pdf-fonts.ts), and on every page the footer marking it
 * confidential with its page number. Pages are not buffered, so the PDF streams out page by page (hence "page N",
 * without "of M").
 */
export class PdfDocument {
  readonly pdf: PDFKit.PDFDocument;
  private style: TextStyle = 'body';
  private pages = 0;

  constructor(
    title: string,
    private readonly footer: string,
  ) {
    this.pdf = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: false, info: { Title: title, Creator: 'Cohesion' } });
    registerFonts(this.pdf);
    this.pdf.on('pageAdded', () => this.drawFooter());
    this.pdf.addPage();
  }

  get width(): number {
    return this.pdf.page.width - 2 * MARGIN;
  }

  /** Room left on the page above the bottom margin. */
  get room(): number {
    return this.pdf.page.height - MARGIN - this.pdf.y;
  }

  text(style: TextStyle, text: string, options: PDFKit.Mixins.TextOptions = {}): this {
    this.use(style);
    this.pdf.text(drawableText(this.pdf, text), { width: this.width, ...options });
    return this;
  }

  /** `Label: value` on one line (wrapping), the label bold. */
  field(label: string, value: string): this {
    this.use('label');
    this.pdf.text(drawableText(this.pdf, `${label}: `), { continued: true, width: this.width });
    return this.text('body', value);
  }

  gap(lines = 1): this {
    this.pdf.moveDown(lines);
    return this;
  }

  /** A new page unless `height` still fits on this one. */
  keepTogether(height: number): this {
    if (this.room < height) this.pdf.addPage();
    return this;
  }

  newPage(): this {
    this.pdf.addPage();
    return this;
  }

  private use(style: TextStyle): void {
    this.style = style;
    const { font, size, colour } = STYLES[style];
    this.pdf.font(font).fontSize(size).fillColor(colour);
  }

  /** Drawn when a page begins, also in the middle of flowing text: the cursor and style are put back afterwards. */
  private drawFooter(): void {
    this.pages += 1;
    const { x, y } = this.pdf;
    const interrupted = this.style;
    const bottomMargin = this.pdf.page.margins.bottom;
    this.pdf.page.margins.bottom = 0;
    this.use('small');
    this.pdf.text(drawableText(this.pdf, `${this.footer} - page ${this.pages}`), MARGIN, this.pdf.page.height - FOOTER_OFFSET, {
      width: this.width,
      align: 'center',
      lineBreak: false,
    });
    this.pdf.page.margins.bottom = bottomMargin;
    this.use(interrupted);
    this.pdf.x = x;
    this.pdf.y = y;
  }
}
