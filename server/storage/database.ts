/**
 * The one database interface the reference server uses. PGlite (PostgreSQL in
 * WebAssembly, a folder on disk, nothing to install) by default; a real
 * PostgreSQL through DATABASE_URL. Both run exactly the same SQL.
 */
export interface Database {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
  /** Runs `work` on one connection (for session locks and transactions); PGlite has only one. */
  session<T>(work: (connection: Omit<Database, 'session' | 'close' | 'transaction'>) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one transaction on one connection: committed when it
   * returns, rolled back when it throws. On PGlite other queries wait until it ends.
   */
  transaction<T>(work: (tx: Pick<Database, 'query' | 'exec' | 'kind'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgresql';
}

export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  if (options.url) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    return {
      kind: 'postgresql',
      async query(sql, params = []) {
        return (await pool.query(sql, params)).rows;
      },
      async exec(sql) {
        await pool.query(sql);
      },
      async session(work) {
        const client = await pool.connect();
        try {
          return await work({
            kind: 'postgresql',
            query: async (sql, params = []) => (await client.query(sql, params)).rows,
            exec: async (sql) => void (await client.query(sql)),
          });
        } finally {
          client.release();
        }
      },
      async transaction(work) {
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query('begin');
          const result = await work({
            kind: 'postgresql',
            query: async (sql, params = []) => (await client.query(sql, params)).rows,
            exec: async (sql) => void (await client.query(sql)),
          });
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback').catch(() => (broken = true));
          throw error;
        } finally {
          client.release(broken);
        }
      },
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(options.dataDir ?? 'memory://');
  const database: Database = {
    kind: 'pglite',
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
    session: (work) => work(database),
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          kind: 'pglite',
          query: async <Row>(sql: string, params: unknown[] = []) => (await tx.query<Row>(sql, params)).rows,
          exec: async (sql: string) => void (await tx.exec(sql)),
        }),
      ),
    close: () => db.close(),
  };
  return database;
}
