/**
 * What of an unexpected error may go to the log: its kind, PostgreSQL's codes for it, and where it was thrown. Never
 * its message, SQL parameters or detail: each can quote the data that failed (`invalid input syntax for type uuid:
 * "<note text>"`, `Failing row contains (…)`), and logs must never hold note text, ratings or tokens.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const fromDatabase = ((error as { driverError?: unknown }).driverError ?? error) as Partial<
    Record<'code' | 'constraint' | 'table' | 'column' | 'routine', string>
  >;
  return {
    type: error.name,
    ...pick(fromDatabase, { sqlState: 'code', constraint: 'constraint', table: 'table', column: 'column', routine: 'routine' }),
    // Only the frames: the stack's first lines repeat the message.
    frames: (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .map((line) => line.trim()),
  };
}

function pick(source: Partial<Record<string, string>>, names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).flatMap(([as, name]) => (typeof source[name] === 'string' ? [[as, source[name] as string]] : [])));
}
