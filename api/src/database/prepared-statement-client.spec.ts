import { DataSource } from 'typeorm';
import { useTestApp } from '../../test/test-context';
import { statementName } from './prepared-statement-client';

describe('prepared statements on the API’s connections', () => {
  const context = useTestApp();

  it('prepares each statement with parameters once per connection and reuses it; statements without parameters are sent as they are', async () => {
    const api = context.app.get(DataSource);
    const runner = api.createQueryRunner();
    try {
      const text = 'SELECT $1::int + 1 AS next';
      expect(await runner.query(text, [41])).toEqual([{ next: 42 }]);
      expect(await runner.query(text, [1])).toEqual([{ next: 2 }]);
      await runner.query("SELECT 'no parameters' AS plain");
      const prepared: { name: string; statement: string }[] = await runner.query(
        "SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int%' OR statement LIKE 'SELECT ''no%'",
      );
      expect(prepared).toEqual([{ name: statementName(text), statement: text }]);
    } finally {
      await runner.release();
    }
  });

  it('names statements by their text alone', () => {
    expect(statementName('SELECT 1 WHERE $1')).toBe(statementName('SELECT 1 WHERE $1'));
    expect(statementName('SELECT 1 WHERE $1')).not.toBe(statementName('SELECT 2 WHERE $1'));
    expect(statementName('SELECT 1 WHERE $1')).toMatch(/^c_[\w-]{24}$/);
  });
});
