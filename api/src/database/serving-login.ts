import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';
import { APPLICATION_ROLE } from './migrations/1764600000000-audit-trail';
import { DatabaseUnavailableError, describeConnectionError, redactedTarget } from './prepare-database';

/** What the catalogue says about the login and each role it may act as. */
interface RoleFacts {
  role: string;
  superuser: boolean;
  bypassesRls: boolean;
  createsRoles: boolean;
  ownsDatabase: boolean;
  ownsSchema: boolean;
  ownsTables: boolean;
}

/** The login itself first, then every role it is a member of (directly or not): it may SET ROLE to any of them. */
const ROLES_OF_LOGIN = `
  SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassesRls", r.rolcreaterole AS "createsRoles",
         EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database() AND d.datdba = r.oid) AS "ownsDatabase",
         EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = 'public' AND n.nspowner = r.oid) AS "ownsSchema",
         EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = r.oid) AS "ownsTables"
    FROM pg_roles r
   WHERE pg_has_role(session_user, r.oid, 'MEMBER')
   ORDER BY r.rolname <> session_user, r.rolname`;

const REMEDY =
  `the API must serve through a login of its own that owns nothing and is a member of ${APPLICATION_ROLE} only, ` +
  'with migrations on DATABASE_OWNER_URL (see docs/database-roles.md)';

/**
 * Why DATABASE_URL's login must not serve the API, in one sentence, or null when it may. A superuser, a role that
 * bypasses row-level security or may create roles (and so, before PostgreSQL 16, grant itself any other), the owner
 * of the database, its schema or a table, and a member of any of them can step past row-level security, the grants
 * and the audit trail's triggers: one injected statement or a leaked URL would undo them. A member of
 * pg_read_all_data or pg_write_all_data steps past the grants. Read from the live catalogue after migrations, which
 * made the tables.
 */
export async function servingLoginProblem(config: Pick<AppConfig, 'databaseUrl' | 'database'>): Promise<string | null> {
  const client = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: config.database.connectTimeoutMs });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `Cannot log in through DATABASE_URL at ${redactedTarget(config.databaseUrl)}: ${describeConnectionError(error).message}`,
    );
  }
  try {
    const { rows } = await client.query<RoleFacts>(ROLES_OF_LOGIN);
    const [login] = rows;
    for (const role of rows) {
      const privilege = privilegeOf(role);
      if (privilege === null) continue;
      const who = role === login ? `"${login.role}", which ${privilege}` : `"${login.role}", a member of "${role.role}", which ${privilege}`;
      return `DATABASE_URL logs in as ${who}; ${REMEDY}.`;
    }
    if (!rows.some((r) => r.role === APPLICATION_ROLE)) {
      return `DATABASE_URL logs in as "${login.role}", which is not a member of ${APPLICATION_ROLE} (GRANT ${APPLICATION_ROLE} TO "${login.role}"); ${REMEDY}.`;
    }
    return null;
  } finally {
    await client.end();
  }
}

function privilegeOf(role: RoleFacts): string | null {
  if (role.superuser) return 'is a superuser';
  if (role.bypassesRls) return 'bypasses row-level security (BYPASSRLS)';
  if (role.createsRoles) return 'may create roles (CREATEROLE)';
  if (role.ownsDatabase) return 'owns the database';
  if (role.ownsSchema) return 'owns its schema public';
  if (role.ownsTables) return 'owns tables of Cohesion';
  if (role.role === 'pg_write_all_data') return 'writes every table whatever its grants';
  if (role.role === 'pg_read_all_data') return 'reads every table whatever its grants';
  return null;
}
