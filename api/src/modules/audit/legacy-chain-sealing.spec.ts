import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { useScratchDatabase } from '../../../test/scratch-database';
import { testDataDir } from '../../../test/test-app';
import { dataSourceOptions } from '../../database/data-source-options';
import { MIGRATIONS } from '../../database/migrations';
import { KeyedAuditChain1765020000000 } from '../../database/migrations/1765020000000-keyed-audit-chain';
import { withDatabase } from '../../database/prepare-database';
import { withMigratedDatabase } from '../../start-up/migrated-database';
import { standaloneAudit } from './standalone-audit';

/**
 * An installation of the version before the keyed chain, upgraded: its SHA-256 chains are verified one last time by
 * the migration and sealed with the key right after it, and a chain tampered with before the upgrade stays broken.
 */
describe('sealing an audit trail of the version before the keyed chain', () => {
  const scratch = useScratchDatabase('legacy_audit');
  const asSuperuser = { ...scratch, databaseOwnerUrl: scratch.superuserUrl };
  const organizations: Record<'clean' | 'tampered', string> = { clean: '', tampered: '' };

  beforeAll(async () => {
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(KeyedAuditChain1765020000000));
    const legacy = await new DataSource({ ...dataSourceOptions(scratch), migrations: before }).initialize();
    try {
      await legacy.runMigrations({ transaction: 'each' });
      for (const name of ['clean', 'tampered'] as const) {
        const [organization] = await legacy.query(`INSERT INTO organization (name) VALUES ($1) RETURNING id`, [`${name} clinic`]);
        organizations[name] = organization.id;
        for (const action of ['auth.sign_in', 'session.read', 'auth.sign_out']) {
          // The trigger of that version numbers, stamps and hashes each row.
          await legacy.query(`INSERT INTO audit_event (organization_id, action, outcome, ip, detail) VALUES ($1, $2, 'success', '10.0.0.7', '{"n": 1}')`, [
            organization.id,
            action,
          ]);
        }
      }
      await legacy.query(
        `INSERT INTO audit_event (organization_id, action, outcome, detail) VALUES (NULL, 'auth.sign_in', 'failure', '{"reason": "unknown_account"}')`,
      );
      await legacy.transaction(async (tx) => {
        await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
        await tx.query(`UPDATE audit_event SET action = 'session.update' WHERE organization_id = $1 AND seq = 2`, [organizations.tampered]);
        await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
      });
    } finally {
      await legacy.destroy();
    }
  });

  it('needs the key, and until it has one leaves the chains as they were', async () => {
    await expect(withMigratedDatabase({ ...scratch, secretKey: null }, async () => undefined)).rejects.toThrow(/COHESION_SECRET_KEY is required/);
    await withDatabase(asSuperuser, async (db) => {
      expect(
        await db.query(
          `SELECT legacy_rows::int AS rows, first_broken_seq::int AS seq, first_broken_reason AS reason FROM audit_chain_rekeying ORDER BY 1, 2 NULLS FIRST`,
        ),
      ).toEqual([
        { rows: 1, seq: null, reason: null },
        { rows: 3, seq: null, reason: null },
        { rows: 3, seq: 2, reason: 'content' },
      ]);
    });
  });

  it('seals every row with the key and records how the old chain verified, so a chain broken before stays broken', async () => {
    await withMigratedDatabase(scratch, async () => undefined);
    const audit = standaloneAudit(scratch);
    await withDatabase(asSuperuser, async (db) => {
      expect(await db.query(`SELECT count(*)::int AS left FROM audit_chain_rekeying`)).toEqual([{ left: 0 }]);
      const evidence = async (organizationId: string | null) =>
        (
          await db.query(`SELECT seq::int, outcome, detail FROM audit_event WHERE organization_id IS NOT DISTINCT FROM $1 AND action = 'audit.chain_keyed'`, [
            organizationId,
          ])
        )[0];

      expect(await audit.chains.verify(db, organizations.clean)).toEqual({
        verified: true,
        rows: 4,
        firstBrokenRow: null,
        checkpoint: { seq: 4, at: expect.any(String) },
      });
      expect(await evidence(organizations.clean)).toEqual({
        seq: 4,
        outcome: 'success',
        detail: { legacyRows: 3, legacyVerified: true, firstBrokenRow: null },
      });

      expect(await audit.chains.verify(db, organizations.tampered)).toMatchObject({
        verified: false,
        rows: 4,
        firstBrokenRow: { seq: 2, reason: 'broken_before_keying' },
      });
      expect(await evidence(organizations.tampered)).toEqual({
        seq: 4,
        outcome: 'failure',
        detail: { legacyRows: 3, legacyVerified: false, firstBrokenRow: { seq: 2, reason: 'content' } },
      });
      expect((await audit.chains.verify(db, null)).firstBrokenRow).toBeNull();
    });
  });

  it('seals nothing twice', async () => {
    const hashes = () => withDatabase(asSuperuser, (db) => db.query(`SELECT organization_id, seq, hash FROM audit_event ORDER BY 1, 2`));
    const before = await hashes();
    await withMigratedDatabase(scratch, async () => undefined);
    expect(await hashes()).toEqual(before);
  });

  it('refuses to seal again a chain the key sealed, which only the owner can have asked for after changing it', async () => {
    await withDatabase(scratch, (owner) =>
      owner.transaction(async (tx) => {
        await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
        await tx.query(`UPDATE audit_event SET action = 'session.update' WHERE organization_id = $1 AND seq = 3`, [organizations.clean]);
        await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
        await tx.query(`INSERT INTO audit_chain_rekeying (organization_id, legacy_rows) VALUES ($1, 4)`, [organizations.clean]);
      }),
    );
    await expect(withMigratedDatabase(scratch, async () => undefined)).rejects.toThrow(
      /, which sealed it already \(it has a checkpoint\): only someone with the owner's login/,
    );
    const withoutCheckpoints = { ...scratch, dataDir: mkdtempSync(join(testDataDir(), 'elsewhere-')) };
    await expect(withMigratedDatabase(withoutCheckpoints, async () => undefined)).rejects.toThrow(
      new RegExp(`${organizations.clean} with the key, which sealed it already \\(its row 1 bears the key's seal\\)`),
    );
    await withDatabase(asSuperuser, async (db) => {
      expect((await standaloneAudit(scratch).chains.verify(db, organizations.clean)).firstBrokenRow).toEqual({ seq: 3, reason: 'content' });
    });
  });
});
