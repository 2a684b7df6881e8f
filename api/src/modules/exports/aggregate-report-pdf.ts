import { PdfDocument } from '../../documents/pdf/pdf-document';
import { drawTable } from '../../documents/pdf/table';
import { shownValue, type AggregateReport } from './aggregate-report';

/** The aggregate export as a PDF: the rule first, then one table of units × months × measures with the month totals. */
export function renderAggregateReport(report: AggregateReport): PDFKit.PDFDocument {
  const doc = new PdfDocument(`Aggregate outcomes - ${report.scope}`, 'Aggregates with small-cell suppression - Cohesion');
  doc.text('title', 'Aggregate outcomes').gap(0.5);
  doc.field('Scope', report.scope === 'organization' ? 'the organization, by program' : 'one program, by group');
  doc.field('Period', `${report.range.from} to ${report.range.to}, by calendar month`);
  doc.field('Suppression', report.rule);
  doc
    .text('small', 'No free text and no member codes. Members are distinct members who rated the measure; n is the number of ratings; means are on 0-10.')
    .gap(1);
  if (!report.aggregates.some((a) => a.unit !== null)) {
    doc.text('subheading', 'No ratings were recorded in this scope and period: this report is empty.');
  }
  const show = (value: number | null, a: AggregateReport['aggregates'][number]) =>
    String(shownValue(value, a) ?? (a.suppression === 'no_data' ? 'no data' : '-'));
  drawTable(
    doc,
    [
      { header: report.scope === 'organization' ? 'Program' : 'Group', share: 0.26 },
      { header: 'Month', share: 0.14 },
      { header: 'Measure', share: 0.18 },
      { header: 'Members', share: 0.14, align: 'right' },
      { header: 'n', share: 0.14, align: 'right' },
      { header: 'Mean', share: 0.14, align: 'right' },
    ],
    report.aggregates.map((a) => [
      a.unit ?? 'All',
      a.period.slice(0, 7),
      a.measure,
      show(a.members, a),
      show(a.n, a),
      show(a.mean === null ? null : Number(a.mean.toFixed(2)), a),
    ]),
  );
  doc.pdf.end();
  return doc.pdf;
}
