import type { PackNote } from '../supervision-pack-content';
import type { PdfDocument } from '../../../documents/pdf/pdf-document';

/** The signed notes in date order, each with its addenda; members by code only. */
export function drawNotes(doc: PdfDocument, notes: readonly PackNote[]): void {
  doc.text('heading', 'Signed notes').gap(0.5);
  if (!notes.length) {
    doc.text('body', 'No signed notes in this period.');
    return;
  }
  for (const entry of notes) drawNote(doc, entry);
}

function drawNote(doc: PdfDocument, entry: PackNote): void {
  const { note } = entry;
  doc.keepTogether(120);
  doc.text('subheading', `${entry.heldOn} - ${entry.groupName} (${entry.durationMinutes} minutes)`);
  const cosigned = entry.cosignedBy ? `; co-signed by ${entry.cosignedBy}, ${entry.cosignedAt}` : '';
  doc.text('small', `Signed by ${entry.signedBy}, ${entry.signedAt}${cosigned}`).gap(0.3);
  if (note.themes.length) doc.field('Themes', note.themes.join(', '));
  doc.field('Process and dynamics', note.process);
  doc.field('Interventions', note.interventions);
  doc.field('Risk', note.risk.level === 'concern' ? `concern - follow-up: ${note.risk.followUp ?? ''}` : 'none');
  doc.field('Plan', note.plan);
  doc.field('Feedback discussed', note.feedbackDiscussed);
  for (const observation of entry.memberObservations) doc.field(`Member ${observation.memberCode}`, observation.text);
  for (const addendum of entry.addenda) doc.field(`Addendum by ${addendum.author}, ${addendum.createdAt}`, addendum.text);
  doc.gap(0.8);
}
