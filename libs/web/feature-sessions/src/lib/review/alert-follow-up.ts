import type { CheckIn } from '@cohesion/contracts';

const DAY_MS = 86_400_000;

/** Whole days from one ISO date (or instant) to another, never negative. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS));
}

export interface OpenAlertRow {
  alert: CheckIn;
  daysOpen: number;
}

export interface ActedOnAlertRow {
  alert: CheckIn;
  /** Days from the session that raised it to the acknowledgement. */
  daysToAction: number;
}

/** A supervisor's view of the loop: open alerts, longest open first; acted-on ones, latest action first, with the response time. */
export interface AlertFollowUp {
  open: OpenAlertRow[];
  actedOn: ActedOnAlertRow[];
  /** Median days from the session to the action, over the acted-on alerts; null without any. */
  medianDaysToAction: number | null;
}

export function alertFollowUp(alerts: readonly CheckIn[], today: string): AlertFollowUp {
  const open = alerts
    .filter((alert) => alert.acknowledgement === null)
    .map((alert) => ({ alert, daysOpen: daysBetween(alert.heldOn, today) }))
    .sort((a, b) => b.daysOpen - a.daysOpen || a.alert.groupName.localeCompare(b.alert.groupName));
  const actedOn = alerts
    .filter((alert) => alert.acknowledgement !== null)
    .map((alert) => ({ alert, daysToAction: daysBetween(alert.heldOn, alert.acknowledgement?.at ?? alert.heldOn) }))
    .sort((a, b) => (b.alert.acknowledgement?.at ?? '').localeCompare(a.alert.acknowledgement?.at ?? ''));
  return { open, actedOn, medianDaysToAction: median(actedOn.map((row) => row.daysToAction)) };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
