export declare const repoRoot: string
export declare const embeddedDataDir: string
export declare const EMBEDDED_PORT: number
export declare function parseDatabaseUrl(url: string): {
  host: string
  port: number
  user: string
  password: string
  database: string
}
export declare function withDatabase(url: string, database: string): string
export declare function ensureDatabase(url: string, database: string): Promise<boolean>
export declare function dropDatabase(url: string, database: string): Promise<void>
export declare function getDatabase(options?: {
  database?: string
  log?: (message: string) => void
}): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }>
