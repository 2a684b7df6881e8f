import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the product calls settings become the organization's own: the small-cell threshold k of exports meant to leave the
 * organization (at least 5, 11 by default as in the CMS cell-size policy), the low-score threshold of check-ins (0–10,
 * default 4) and the reliability r of reliable change (strictly between 0 and 1, default 0.80). Existing organizations
 * take the defaults, which were the constants until now. The `organization` table is outside row-level security.
 */
export class OrganizationSettings1765300000000 implements MigrationInterface {
  name = 'OrganizationSettings1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organization
        ADD COLUMN small_cell_k integer NOT NULL DEFAULT 11 CONSTRAINT organization_small_cell_k CHECK (small_cell_k >= 5),
        ADD COLUMN low_score_threshold double precision NOT NULL DEFAULT 4
          CONSTRAINT organization_low_score_threshold CHECK (low_score_threshold BETWEEN 0 AND 10),
        ADD COLUMN reliability double precision NOT NULL DEFAULT 0.8
          CONSTRAINT organization_reliability CHECK (reliability > 0 AND reliability < 1);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organization DROP COLUMN small_cell_k, DROP COLUMN low_score_threshold, DROP COLUMN reliability`);
  }
}
