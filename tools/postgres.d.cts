export interface EmbeddedPostgres {
  port: number;
  /** URL of the `postgres` database, for creating and dropping others. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface Login {
  role: string;
  password: string;
}

export interface CohesionLogins {
  owner: Login;
  runtime: Login;
}

export declare const LOCAL_LOGINS: CohesionLogins;
export declare const TEST_LOGINS: CohesionLogins;
export declare function freePort(): Promise<number>;
export declare function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<EmbeddedPostgres>;
export declare function databaseUrl(adminUrl: string, name: string, login?: Login): string;
export declare function ensureLogins(adminUrl: string, logins: CohesionLogins): Promise<void>;
export declare function ensureDatabase(adminUrl: string, name: string, options?: { owner?: string }): Promise<void>;
export declare function handOverOwnership(url: string, owner: string): Promise<void>;
export declare function dropDatabase(adminUrl: string, name: string): Promise<void>;
