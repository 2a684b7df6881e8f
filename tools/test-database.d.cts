export interface TestDatabase {
  url: string;
  /** URL of the server's `postgres` database, for tests that make databases of their own. */
  adminUrl: string;
  drop(): Promise<void>;
}

export declare function createTestDatabase(label: string): Promise<TestDatabase>;
