import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764600000000-audit-trail';
import { ORGANIZATION_SCOPED_TABLES } from './1764800000000-row-level-security';

/**
 * Row-level security binds the owner too. The API serves through a login of its own (a member of `cohesion_app`),
 * and the owner that migrates is no longer exempt: FORCE puts it under the same policies, and the policies now apply
 * to every role (PUBLIC) rather than to `cohesion_app` alone, so that any role subject to row-level security — the
 * API's, the owner's, one an operator adds — sees and writes only the organization its transaction set
 * (`cohesion.organization_id`), and nothing when none is set. Owner-side tools (demo seed, synth, the command line)
 * therefore work inside one organization at a time; only a superuser, or a role with BYPASSRLS, reads across
 * organizations. The staff, session, sign-in and audit tables stay outside row-level security, as before: signing in
 * reads them before an organization is known.
 *
 * A later migration that changes rows of these tables must set the organization for each one, or it changes none.
 */
export class ForcedRowLevelSecurity1765010000000 implements MigrationInterface {
  name = 'ForcedRowLevelSecurity1765010000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ORGANIZATION_SCOPED_TABLES) {
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY; ALTER POLICY ${table}_of_organization ON ${table} TO PUBLIC;`);
    }
    // Default privileges belong to the role that creates the tables. An installation whose tables were made by
    // another user and handed over (docs/database-roles.md) gets them again for its owner, so that the tables of
    // later migrations are the API's to use too.
    await db.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APPLICATION_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APPLICATION_ROLE};
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ORGANIZATION_SCOPED_TABLES) {
      await db.query(`ALTER POLICY ${table}_of_organization ON ${table} TO ${APPLICATION_ROLE}; ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY;`);
    }
  }
}
