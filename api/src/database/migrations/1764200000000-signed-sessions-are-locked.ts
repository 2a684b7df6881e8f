import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed notes change only by addendum, enforced by PostgreSQL itself: triggers refuse any insert, update or delete of
 * a signed session's content, any change to a signed session row except its one co-signature, and any update or
 * delete of an addendum. Also: idempotency keys for session creation, and the record of findings a facilitator
 * marked as "not an identifier".
 */
export class SignedSessionsAreLocked1764200000000 implements MigrationInterface {
  name = 'SignedSessionsAreLocked1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION refuse_change_to_signed_session_content() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM group_session s WHERE s.status = 'signed'
                    AND s.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.session_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.session_id END)) THEN
          RAISE EXCEPTION 'signed session: % on % refused; correct a signed note with an addendum', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$;

      CREATE TRIGGER note_locked_when_signed BEFORE INSERT OR UPDATE OR DELETE ON note
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_session_content();
      CREATE TRIGGER attendance_locked_when_signed BEFORE INSERT OR UPDATE OR DELETE ON attendance
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_session_content();
      CREATE TRIGGER rating_locked_when_signed BEFORE INSERT OR UPDATE OR DELETE ON rating
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_session_content();
      CREATE TRIGGER member_observation_locked_when_signed BEFORE INSERT OR UPDATE OR DELETE ON member_observation
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_session_content();
      CREATE TRIGGER session_facilitator_locked_when_signed BEFORE INSERT OR UPDATE OR DELETE ON session_facilitator
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_session_content();

      CREATE FUNCTION refuse_change_to_signed_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'signed' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'signed session: delete refused' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (NEW.organization_id, NEW.group_id, NEW.held_on, NEW.duration_minutes, NEW.status, NEW.version, NEW.created_by,
            NEW.created_at, NEW.signed_by, NEW.signed_at, NEW.content_hash)
           IS DISTINCT FROM
           (OLD.organization_id, OLD.group_id, OLD.held_on, OLD.duration_minutes, OLD.status, OLD.version, OLD.created_by,
            OLD.created_at, OLD.signed_by, OLD.signed_at, OLD.content_hash)
           OR (OLD.cosigned_at IS NOT NULL AND (NEW.cosigned_by, NEW.cosigned_at) IS DISTINCT FROM (OLD.cosigned_by, OLD.cosigned_at)) THEN
          RAISE EXCEPTION 'signed session: only one co-signature may be added' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$;

      CREATE TRIGGER group_session_locked_when_signed BEFORE UPDATE OR DELETE ON group_session
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_session();

      CREATE FUNCTION refuse_change_to_addendum() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'addenda are append-only: % refused', TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$;

      CREATE TRIGGER addendum_append_only BEFORE UPDATE OR DELETE ON addendum
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_addendum();

      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL,
        key text NOT NULL CONSTRAINT idempotency_key_length CHECK (length(key) BETWEEN 1 AND 200),
        organization_id uuid NOT NULL,
        request_hash text NOT NULL,
        session_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key),
        FOREIGN KEY (organization_id, user_id) REFERENCES staff_user (organization_id, id),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id)
      );

      CREATE TABLE identifier_override (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        session_id uuid NOT NULL,
        field text NOT NULL,
        kind text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, user_id) REFERENCES staff_user (organization_id, id),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id)
      );
      CREATE INDEX identifier_override_session ON identifier_override (session_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE identifier_override, idempotency_key;
      DROP TRIGGER addendum_append_only ON addendum;
      DROP TRIGGER group_session_locked_when_signed ON group_session;
      DROP TRIGGER note_locked_when_signed ON note;
      DROP TRIGGER attendance_locked_when_signed ON attendance;
      DROP TRIGGER rating_locked_when_signed ON rating;
      DROP TRIGGER member_observation_locked_when_signed ON member_observation;
      DROP TRIGGER session_facilitator_locked_when_signed ON session_facilitator;
      DROP FUNCTION refuse_change_to_addendum(), refuse_change_to_signed_session(), refuse_change_to_signed_session_content();
    `);
  }
}
