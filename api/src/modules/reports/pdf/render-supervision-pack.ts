import type { SupervisionPackContent } from '../supervision-pack-content';
import { drawCheckIns } from './check-ins-section';
import { drawCover } from './cover-page';
import { drawNotes } from './notes-section';
import { PdfDocument } from '../../../documents/pdf/pdf-document';
import { drawSummary } from './summary-section';
import { drawTrendChart } from './trend-chart';

/**
 * The supervision pack as a PDF stream: cover, summary, trends, check-ins and actions, signed notes. Drawing is
 * synchronous; the returned document is a readable stream that ends once everything is written.
 */
export function renderSupervisionPack(pack: SupervisionPackContent, formatTime: (iso: string) => string): PDFKit.PDFDocument {
  const doc = new PdfDocument(`Supervision pack - ${pack.scopeLabel}`, 'Confidential - Cohesion supervision pack');
  drawCover(doc, pack);
  doc.newPage();
  drawSummary(doc, pack);
  doc.gap(1);
  drawTrendChart(doc, pack.trend);
  doc.newPage();
  drawCheckIns(doc, pack.checkIns, formatTime);
  doc.gap(1);
  drawNotes(doc, pack.notes);
  doc.pdf.end();
  return doc.pdf;
}
