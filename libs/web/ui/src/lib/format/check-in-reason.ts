import type { AlertKind, CheckInReason } from '@cohesion/contracts';

const RULE: Readonly<Record<AlertKind, string>> = {
  low: 'Low',
  declining: 'Declining',
  behind_group: 'Behind the group',
  disengaging: 'Missing sessions',
  climate_drop: 'Climate drop',
};

/** A check-in reason's rule in a few words, with its measure: "Low belonging", "Declining learning", "Behind the group". */
export function reasonLabel(reason: Pick<CheckInReason, 'kind' | 'measure'>): string {
  return reason.measure ? `${RULE[reason.kind]} ${reason.measure}` : RULE[reason.kind];
}
