import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE, SHA256_CHAIN } from './1764600000000-audit-trail';

const NO_PREVIOUS_ROW = `'\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea`;

/**
 * The audit trail's rows are sealed with a key the database never sees: each row's hash becomes an HMAC-SHA256 that
 * the API computes (modules/audit/audit-seal.ts), since a hash the database could compute (audit_event_digest) let
 * whoever could write there rewrite a row and hash the chain forward again. What stays in the database: the chain's
 * lock and head (`audit_chain_head`, which the API calls before it seals a row), and a trigger that checks each new
 * row follows its chain's head (seq one more, previous_hash its hash).
 *
 * The rows already there must be sealed with the key, which a migration never has: this one verifies each chain's
 * SHA-256 links one last time and records the outcome in `audit_chain_rekeying`; right after the migrations, with the
 * key, `sealLegacyAuditChains` seals every row again and appends a row that records that outcome, so a chain broken
 * before the upgrade stays broken to verification rather than being laundered by its new seals.
 */
export class KeyedAuditChain1765020000000 implements MigrationInterface {
  name = 'KeyedAuditChain1765020000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_chain_rekeying (
        organization_id uuid REFERENCES organization (id),
        legacy_rows bigint NOT NULL,
        first_broken_seq bigint,
        first_broken_reason text,
        CONSTRAINT audit_chain_rekeying_chain UNIQUE NULLS NOT DISTINCT (organization_id)
      );
      REVOKE ALL ON audit_chain_rekeying FROM ${APPLICATION_ROLE};

      INSERT INTO audit_chain_rekeying (organization_id, legacy_rows, first_broken_seq, first_broken_reason)
      SELECT organization_id, count(*),
             min(broken_at) FILTER (WHERE reason IS NOT NULL),
             (array_agg(reason ORDER BY broken_at) FILTER (WHERE reason IS NOT NULL))[1]
        FROM (
          SELECT organization_id,
                 CASE WHEN seq <> row_number() OVER w THEN row_number() OVER w ELSE seq END AS broken_at,
                 CASE WHEN seq <> row_number() OVER w THEN 'missing_row'
                      WHEN previous_hash <> coalesce(lag(hash) OVER w, ${NO_PREVIOUS_ROW}) THEN 'previous_hash'
                      WHEN hash <> audit_event_digest(e) THEN 'content'
                 END AS reason
            FROM audit_event e WINDOW w AS (PARTITION BY organization_id ORDER BY seq)
        ) checked
       GROUP BY organization_id;

      DROP TRIGGER audit_event_chain ON audit_event;
      DROP FUNCTION chain_audit_event();
      DROP FUNCTION audit_event_digest(audit_event);

      -- Takes the chain's lock, held until the transaction ends (so concurrent writers chain in commit order), and
      -- answers its last row's seq and hash (0 and zeros for an empty chain). PL/pgSQL: the read after the lock sees
      -- rows committed while this transaction waited for it.
      CREATE FUNCTION audit_chain_head(chain uuid, OUT seq bigint, OUT hash bytea) LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_event'), hashtext(coalesce(chain::text, '')));
        IF chain IS NULL THEN
          SELECT e.seq, e.hash INTO seq, hash FROM audit_event e WHERE e.organization_id IS NULL ORDER BY e.seq DESC LIMIT 1;
        ELSE
          SELECT e.seq, e.hash INTO seq, hash FROM audit_event e WHERE e.organization_id = chain ORDER BY e.seq DESC LIMIT 1;
        END IF;
        seq := coalesce(seq, 0);
        hash := coalesce(hash, ${NO_PREVIOUS_ROW});
      END $$;

      CREATE FUNCTION check_audit_event_link() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head record;
      BEGIN
        SELECT * INTO head FROM audit_chain_head(NEW.organization_id);
        IF NEW.seq IS DISTINCT FROM head.seq + 1 OR NEW.previous_hash IS DISTINCT FROM head.hash THEN
          RAISE EXCEPTION 'audit_event: row % does not follow the head of its chain (seq %)', NEW.seq, head.seq
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER audit_event_link BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION check_audit_event_link();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER audit_event_link ON audit_event;
      DROP FUNCTION check_audit_event_link();
      DROP FUNCTION audit_chain_head(uuid);
      DROP TABLE audit_chain_rekeying;

      ${SHA256_CHAIN}
    `);
  }
}
