import { LOW_N_MEMBERS } from '@cohesion/analytics';
import type { SeriesKey, TrendPoint, TrendResponse } from '@cohesion/contracts';
import { score, SERIES_KEYS, SERIES_LABEL } from './figures';
import { MARGIN, type PdfDocument } from '../../../documents/pdf/pdf-document';
import { FONT } from '../../../documents/pdf/pdf-fonts';
import { drawTable } from '../../../documents/pdf/table';

/** Okabe–Ito colours, as on the dashboard, each with its own dash pattern so that colour is never the only cue. */
const SERIES_STROKE: Readonly<Record<SeriesKey, { colour: string; dash: number[] | null; width: number }>> = {
  belonging: { colour: '#0072B2', dash: null, width: 1.5 },
  learning: { colour: '#D55E00', dash: [8, 4], width: 1.5 },
  accountability: { colour: '#009E73', dash: [2, 3], width: 1.5 },
  benefitIndex: { colour: '#CC79A7', dash: [12, 3, 2, 3], width: 2.5 },
};

const PLOT_HEIGHT = 190;
const AXIS_LABEL_WIDTH = 22;
const MAX_MONTH_LABELS = 12;

/** Every month's first day from `from` to `to` (both already first days of months or within them). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5, 7)); `${year}-${String(month).padStart(2, '0')}` <= to.slice(0, 7);) {
    months.push(`${year}-${String(month).padStart(2, '0')}-01`);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

/** The three measures and the benefit index by month, drawn as vector paths on a 0–10 scale, then as a table. */
export function drawTrendChart(doc: PdfDocument, trend: TrendResponse): void {
  const pdf = doc.pdf;
  doc.text('heading', 'Trends by month').gap(0.5);
  const months = monthsBetween(trend.from, trend.to);
  doc.keepTogether(PLOT_HEIGHT + 70);
  const left = MARGIN + AXIS_LABEL_WIDTH;
  const top = pdf.y + 5;
  const width = doc.width - AXIS_LABEL_WIDTH;
  const xOf = (index: number) => left + (months.length === 1 ? width / 2 : (index * width) / (months.length - 1));
  const yOf = (value: number) => top + PLOT_HEIGHT - (value / 10) * PLOT_HEIGHT;

  pdf.save();
  for (let value = 0; value <= 10; value += 2) {
    pdf
      .moveTo(left, yOf(value))
      .lineTo(left + width, yOf(value))
      .lineWidth(0.4)
      .strokeColor('#CCCCCC')
      .undash()
      .stroke();
    pdf
      .font(FONT.regular)
      .fontSize(7.5)
      .fillColor('#333333')
      .text(String(value), MARGIN, yOf(value) - 3, { width: AXIS_LABEL_WIDTH - 4, align: 'right', lineBreak: false });
  }
  const every = Math.ceil(months.length / MAX_MONTH_LABELS);
  months.forEach((month, index) => {
    if (index % every !== 0) return;
    pdf
      .font(FONT.regular)
      .fontSize(7)
      .fillColor('#333333')
      .text(month.slice(0, 7), xOf(index) - 20, top + PLOT_HEIGHT + 4, { width: 40, align: 'center', lineBreak: false });
  });
  for (const key of SERIES_KEYS) drawSeries(doc, trend.series[key], months, key, xOf, yOf);
  pdf.restore();

  pdf.x = MARGIN;
  pdf.y = top + PLOT_HEIGHT + 18;
  drawLegend(doc);
  doc.gap(0.8);
  const byMonth = (key: SeriesKey) => new Map(trend.series[key].map((point) => [point.period, point]));
  const series = SERIES_KEYS.map(byMonth);
  const cell = (point: TrendPoint | undefined) =>
    point ? `${score(point.mean)} (n ${point.n}, ${point.members} ${point.members === 1 ? 'member' : 'members'}${point.lowN ? ', low n' : ''})` : '-';
  drawTable(
    doc,
    [{ header: 'Month', share: 0.16 }, ...SERIES_KEYS.map((key) => ({ header: SERIES_LABEL[key], share: 0.21, align: 'right' as const }))],
    months
      .filter((month) => series.some((points) => points.has(month)))
      .map((month) => [month.slice(0, 7), ...series.map((points) => cell(points.get(month)))]),
  );
  doc.text(
    'small',
    'n: ratings; members: distinct members who rated that measure (for the benefit index, who rated anything); low n: ' +
      `fewer than ${LOW_N_MEMBERS} members, read with caution.`,
  );
}

function drawSeries(
  doc: PdfDocument,
  points: readonly TrendPoint[],
  months: string[],
  key: SeriesKey,
  xOf: (i: number) => number,
  yOf: (v: number) => number,
): void {
  const pdf = doc.pdf;
  const stroke = SERIES_STROKE[key];
  const plotted = points
    .filter((point) => point.mean !== null)
    .map((point) => ({ index: months.indexOf(point.period), mean: point.mean as number }))
    .filter((point) => point.index >= 0);
  pdf.lineWidth(stroke.width).strokeColor(stroke.colour).fillColor(stroke.colour);
  applyDash(pdf, stroke.dash);
  // Consecutive months are joined; a month without ratings leaves a gap rather than a line across it.
  plotted.forEach((point, i) => {
    const previous = plotted[i - 1];
    if (previous && previous.index === point.index - 1) pdf.moveTo(xOf(previous.index), yOf(previous.mean)).lineTo(xOf(point.index), yOf(point.mean)).stroke();
  });
  pdf.undash();
  for (const point of plotted) pdf.circle(xOf(point.index), yOf(point.mean), 1.8).fill();
}

function drawLegend(doc: PdfDocument): void {
  const pdf = doc.pdf;
  const y = pdf.y + 4;
  let x = MARGIN + AXIS_LABEL_WIDTH;
  for (const key of SERIES_KEYS) {
    const stroke = SERIES_STROKE[key];
    pdf.save().lineWidth(stroke.width).strokeColor(stroke.colour);
    applyDash(pdf, stroke.dash);
    pdf
      .moveTo(x, y)
      .lineTo(x + 26, y)
      .stroke()
      .restore();
    pdf
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor('#000000')
      .text(SERIES_LABEL[key], x + 30, y - 4, { lineBreak: false });
    x += 30 + pdf.widthOfString(SERIES_LABEL[key]) + 18;
  }
  pdf.x = MARGIN;
  pdf.y = y + 10;
}

/** pdfkit draws any dash array, though its type declarations only admit one length. */
function applyDash(pdf: PDFKit.PDFDocument, dash: number[] | null): void {
  if (dash) pdf.dash(dash as unknown as number, {});
  else pdf.undash();
}
