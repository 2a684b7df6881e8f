import { poolSummaries } from '@cohesion/analytics';
import type { TrendPoint } from '@cohesion/contracts';
import type { SupervisionPackContent } from '../supervision-pack-content';
import { interval, percent, score, SERIES_KEYS, SERIES_LABEL, signedScore } from './figures';
import type { PdfDocument } from '../../../documents/pdf/pdf-document';
import { drawTable } from '../../../documents/pdf/table';

/** The last month's mean minus the first month's, over the months with ratings; null with fewer than two. */
export function changeOverPeriod(points: readonly TrendPoint[]): number | null {
  const rated = points.filter((point) => point.mean !== null);
  if (rated.length < 2) return null;
  return (rated[rated.length - 1].mean as number) - (rated[0].mean as number);
}

export function drawSummary(doc: PdfDocument, pack: SupervisionPackContent): void {
  const { attendance, trend } = pack;
  doc.text('heading', 'Summary').gap(0.5);
  doc.field('Sessions', String(attendance.sessions));
  doc.field(
    'Attendance rate',
    `${percent(attendance.attendanceRate)} (${attendance.present + attendance.late} present or late of ${attendance.scheduled} scheduled member-sessions)`,
  );
  const retention = attendance.retention
    .map((point) => `after ${point.session} sessions attended ${point.retained === null ? 'not known yet' : percent(point.retained)} (${point.atRisk} at risk)`)
    .join('; ');
  doc.field('Retention (Kaplan-Meier, members who joined in the period; present or late counts as a session attended)', retention);
  doc.gap(0.8);
  const rows = SERIES_KEYS.map((key) => {
    const pooled = poolSummaries(trend.series[key]);
    return [SERIES_LABEL[key], score(pooled.mean), interval(pooled.ciLow, pooled.ciHigh), String(pooled.n), signedScore(changeOverPeriod(trend.series[key]))];
  });
  drawTable(
    doc,
    [
      { header: 'Measure (0-10)', share: 0.26 },
      { header: 'Mean', share: 0.14, align: 'right' },
      { header: '95% interval', share: 0.24, align: 'right' },
      { header: 'Ratings', share: 0.14, align: 'right' },
      { header: 'Change', share: 0.22, align: 'right' },
    ],
    rows,
  );
  doc.text(
    'small',
    `Ratings by calendar month, ${trend.from} to ${trend.to} (whole months). The interval is Student-t; change is the mean ` +
      'of the last month with ratings minus that of the first. The benefit index is the mean of the three measures for a member-session.',
  );
}
