import { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API works as: it does not own a table, and may not change or empty the append-only ones. */
export const APPLICATION_ROLE = 'cohesion_app';

export const APPEND_ONLY_TABLES = ['audit_event', 'alert', 'alert_acknowledgement'];

/**
 * The chain as this migration built it: each row's hash the SHA-256 of the previous row's hash and its content, made
 * by a trigger. Migration 1765020000000 replaced it with a keyed chain and puts it back when undone.
 */
export const SHA256_CHAIN = `
      -- The content a row's hash covers, in one fixed text form (times in UTC, whatever the session's time zone).
      CREATE FUNCTION audit_event_digest(e audit_event) RETURNS bytea LANGUAGE sql STABLE AS $$
        SELECT sha256(e.previous_hash || convert_to(jsonb_build_object(
          'organization_id', e.organization_id, 'seq', e.seq,
          'occurred_at', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          'actor_id', e.actor_id, 'actor_role', e.actor_role, 'action', e.action, 'entity_type', e.entity_type,
          'entity_id', e.entity_id, 'member_code', e.member_code, 'outcome', e.outcome, 'ip', host(e.ip),
          'request_id', e.request_id, 'detail', e.detail)::text, 'UTF8'))
      $$;

      CREATE FUNCTION chain_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last_row record;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_event'), hashtext(coalesce(NEW.organization_id::text, '')));
        IF NEW.organization_id IS NULL THEN
          SELECT seq, hash INTO last_row FROM audit_event WHERE organization_id IS NULL ORDER BY seq DESC LIMIT 1;
        ELSE
          SELECT seq, hash INTO last_row FROM audit_event WHERE organization_id = NEW.organization_id ORDER BY seq DESC LIMIT 1;
        END IF;
        NEW.seq := coalesce(last_row.seq, 0) + 1;
        NEW.previous_hash := coalesce(last_row.hash, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
        NEW.hash := audit_event_digest(NEW);
        RETURN NEW;
      END $$;
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION chain_audit_event();
`;

/**
 * The audit trail (docs/privacy-and-security.md): one row per sign-in, sign-out, read of a note, write, signature, addendum,
 * export, alert acknowledgement, assignment change and denied request. Tamper-evident: each row stores the SHA-256 of
 * the previous row's hash and its own content, one chain per organization (sign-ins of unknown accounts chain under
 * no organization), built by a trigger under an advisory lock so that concurrent requests chain in commit order.
 * Append-only: a trigger refuses UPDATE and DELETE, another TRUNCATE, and the API's role (`cohesion_app`, which the
 * API takes at connection start) has no right to them; the tables belong to the role that migrates.
 */
export class AuditTrail1764600000000 implements MigrationInterface {
  name = 'AuditTrail1764600000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles are shared by every database of the server: another database's migration may create it at the same time.
    await db.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN
          CREATE ROLE ${APPLICATION_ROLE} NOLOGIN;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END $$;
      DO $$
      BEGIN
        IF NOT pg_has_role(current_user, '${APPLICATION_ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${APPLICATION_ROLE} TO %I', current_user);
        END IF;
      END $$;
    `);
    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id uuid REFERENCES organization (id),
        seq bigint NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL CONSTRAINT audit_event_action CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        entity_type text,
        entity_id text,
        member_code text,
        outcome text NOT NULL CONSTRAINT audit_event_outcome CHECK (outcome IN ('success', 'failure', 'denied')),
        ip inet,
        request_id text,
        detail jsonb,
        previous_hash bytea NOT NULL,
        hash bytea NOT NULL,
        CONSTRAINT audit_event_chain UNIQUE NULLS NOT DISTINCT (organization_id, seq)
      );
      CREATE INDEX audit_event_time ON audit_event (organization_id, occurred_at);

${SHA256_CHAIN}

      CREATE FUNCTION refuse_truncate_of_append_only_table() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: TRUNCATE refused', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$;
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
    `);
    for (const table of APPEND_ONLY_TABLES) {
      await db.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_append_only_table()`,
      );
    }
    await db.query(`
      GRANT USAGE ON SCHEMA public TO ${APPLICATION_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APPLICATION_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APPLICATION_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APPLICATION_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APPLICATION_ROLE};
      REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY_TABLES.join(', ')} FROM ${APPLICATION_ROLE};
      REVOKE ALL ON migrations FROM ${APPLICATION_ROLE};
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY_TABLES) await db.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
    await db.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APPLICATION_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APPLICATION_ROLE};
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APPLICATION_ROLE};
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APPLICATION_ROLE};
      REVOKE USAGE ON SCHEMA public FROM ${APPLICATION_ROLE};
      DROP TRIGGER audit_event_chain ON audit_event;
      DROP FUNCTION chain_audit_event();
      DROP FUNCTION audit_event_digest(audit_event);
      DROP TABLE audit_event;
      DROP FUNCTION refuse_truncate_of_append_only_table();
    `);
  }
}
