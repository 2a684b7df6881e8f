import type { Alert, AlertKind } from '@cohesion/contracts';
import type { PackDocument } from './pack-document';

const KIND_LABEL: Readonly<Record<AlertKind, string>> = {
  low: 'Low score',
  declining: 'Declining',
  behind_group: 'Falling behind the group',
  disengaging: 'Disengaging',
  climate_drop: 'Group climate drop',
};

/** Alerts of the period, each with what was done about it (or that nothing is recorded yet). */
export function drawAlerts(doc: PackDocument, alerts: readonly Alert[], formatTime: (iso: string) => string): void {
  doc.text('heading', 'Alerts and actions').gap(0.5);
  if (!alerts.length) {
    doc.text('body', 'No alerts in this period.');
    return;
  }
  const open = alerts.filter((alert) => alert.acknowledgement === null).length;
  doc.text('body', `${alerts.length} alerts in this period; ${alerts.length - open} acted on, ${open} with no action recorded yet.`).gap(0.5);
  for (const alert of alerts) {
    doc.keepTogether(60);
    const who = alert.memberCode ? ` - member ${alert.memberCode}` : ' - whole group';
    doc.text('subheading', `${alert.heldOn} - ${alert.groupName}${who} - ${KIND_LABEL[alert.kind]}`);
    doc.text('body', alert.detail);
    const action = alert.acknowledgement;
    doc.text('small', action ? `Action recorded by ${action.by.displayName}, ${formatTime(action.at)}: ${action.action}` : 'No action recorded yet.').gap(0.5);
  }
}
