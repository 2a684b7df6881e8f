import { MARGIN, type PdfDocument } from './pdf-document';
import { drawableText, FONT } from './pdf-fonts';

export interface TableColumn {
  header: string;
  /** Share of the text width. */
  share: number;
  align?: 'left' | 'right';
}

const ROW_PADDING = 3;

/** A plain table: bold header, rows of real text, a new page (with the header again) when a row no longer fits. */
export function drawTable(doc: PdfDocument, columns: readonly TableColumn[], rows: readonly string[][]): void {
  const pdf = doc.pdf;
  const widths = columns.map((column) => column.share * doc.width);
  const drawRow = (cells: readonly string[], font: string): void => {
    pdf.font(font).fontSize(9).fillColor('#000000');
    const height = Math.max(...cells.map((cell, i) => pdf.heightOfString(drawableText(pdf, cell), { width: widths[i] - 4 }))) + ROW_PADDING;
    doc.keepTogether(height + 2);
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      pdf
        .font(font)
        .fontSize(9)
        .fillColor('#000000')
        .text(drawableText(pdf, cell), x, top, { width: widths[i] - 4, align: columns[i].align ?? 'left' });
      x += widths[i];
    });
    pdf
      .moveTo(MARGIN, top + height - 1)
      .lineTo(MARGIN + doc.width, top + height - 1)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  const header = columns.map((column) => column.header);
  drawRow(header, FONT.bold);
  for (const row of rows) {
    if (doc.room < 30) {
      doc.newPage();
      drawRow(header, FONT.bold);
    }
    drawRow(row, FONT.regular);
  }
  doc.gap(0.5);
}
