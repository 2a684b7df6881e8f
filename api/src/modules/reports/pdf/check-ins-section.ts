import type { AlertKind, CheckIn, CheckInReason } from '@cohesion/contracts';
import type { PdfDocument } from '../../../documents/pdf/pdf-document';

const KIND_LABEL: Readonly<Record<AlertKind, string>> = {
  low: 'Low score',
  declining: 'Declining',
  behind_group: 'Falling behind the group',
  disengaging: 'Disengaging',
  climate_drop: 'Group climate drop',
};

/** Check-ins of the period, one per member (or group) and session with all its reasons, each with what was done about it. */
export function drawCheckIns(doc: PdfDocument, checkIns: readonly CheckIn[], formatTime: (iso: string) => string): void {
  doc.text('heading', 'Check-ins and actions').gap(0.5);
  if (!checkIns.length) {
    doc.text('body', 'No check-ins in this period.');
    return;
  }
  const open = checkIns.filter((checkIn) => checkIn.acknowledgement === null).length;
  const count = checkIns.length === 1 ? '1 check-in' : `${checkIns.length} check-ins`;
  doc.text('body', `${count} in this period; ${checkIns.length - open} acted on, ${open} with no action recorded yet.`).gap(0.5);
  for (const checkIn of checkIns) {
    doc.keepTogether(60 + 14 * checkIn.reasons.length);
    const who = checkIn.memberCode ? ` - member ${checkIn.memberCode}` : ' - whole group';
    doc.text('subheading', `${checkIn.heldOn} - ${checkIn.groupName}${who}`);
    for (const reason of checkIn.reasons) doc.text('body', `${reasonLabel(reason)}: ${reason.detail}`);
    const action = checkIn.acknowledgement;
    doc.text('small', action ? `Action recorded by ${action.by.displayName}, ${formatTime(action.at)}: ${action.action}` : 'No action recorded yet.').gap(0.5);
  }
}

function reasonLabel(reason: CheckInReason): string {
  return KIND_LABEL[reason.kind];
}
