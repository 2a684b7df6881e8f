export interface EmbeddedPostgres {
  port: number;
  /** URL of the `postgres` database, for creating and dropping others. */
  adminUrl: string;
  stop(): Promise<void>;
}

export declare function freePort(): Promise<number>;
export declare function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<EmbeddedPostgres>;
export declare function databaseUrl(adminUrl: string, name: string): string;
export declare function ensureDatabase(adminUrl: string, name: string): Promise<void>;
export declare function dropDatabase(adminUrl: string, name: string): Promise<void>;
