import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../../test/test-app';

/** Migrations are the schema; entities must describe exactly the columns the migrations made. */
describe('entities and migrations agree', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(() => db.destroy());

  it('has, for every entity, the same columns with the same nullability as the migrated table', async () => {
    for (const entity of db.entityMetadatas) {
      const rows: { column_name: string; is_nullable: 'YES' | 'NO' }[] = await db.query(
        `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [entity.tableName],
      );
      const inDatabase = Object.fromEntries(rows.map((r) => [r.column_name, r.is_nullable === 'YES']));
      const inEntity = Object.fromEntries(entity.columns.map((c) => [c.databaseName, c.isNullable]));
      expect({ table: entity.tableName, columns: inEntity }).toEqual({ table: entity.tableName, columns: inDatabase });
    }
  });

  it('leaves no pending migration', async () => {
    expect(await db.showMigrations()).toBe(false);
  });
});
