export interface TestDatabase {
  /** The login the API serves through (a member of cohesion_app that owns nothing). */
  url: string;
  /** The owner of the database and its schema, which migrates. */
  ownerUrl: string;
  /** The server's superuser on this database: fixtures that arrange data across organizations (row-level security does not bind it). */
  superuserUrl: string;
  /** URL of the server's `postgres` database, for tests that make databases of their own. */
  adminUrl: string;
  drop(): Promise<void>;
}

export declare function createTestDatabase(label: string): Promise<TestDatabase>;
