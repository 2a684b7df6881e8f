/** `2026-11-27 09:14 (Europe/Paris)`: a moment as the clinic's wall clock shows it, the zone named. */
export function formatClinicTime(moment: Date | string, timeZone: string): string {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(moment));
  return `${local} (${timeZone})`;
}
