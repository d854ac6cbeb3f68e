// The driver adapter that the Prisma CLI (migrate) uses, offline. Not used by the app at run time.
// Two known defects of @prisma/adapter-pg 6.19.3 are worked around here (docs/database.md):
// - the schema engine reads catalog columns of type `name`, `"char"` and friends, which the
//   adapter cannot deserialize (prisma/orm#27403): those type OIDs are reported as text;
// - connectToShadowDb() ignores the shadow database name when pg is given a connectionString,
//   so pg gets discrete host/port/user/password/database fields.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const AS_TEXT = new Set([18, 19, 22, 24, 28, 30, 194, 2205, 2206]);
const AS_TEXT_ARRAY = new Set([1002, 1003]);

type Field = { dataTypeID: number };
type Queryable = { performIO: (q: unknown) => Promise<{ fields: Field[] }> };
type TxCapable = { startTransaction?: (...a: unknown[]) => Promise<unknown> };
type RawCapable = {
  executeRaw?: (q: { sql: string; args: unknown[] }) => Promise<number>;
  executeScript?: (sql: string) => Promise<void>;
};

function patchQueryable<T extends object>(q: T): T {
  const target = q as unknown as Queryable & TxCapable;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
      else if (AS_TEXT_ARRAY.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
    }
    return result;
  };
  // When `migrate dev` replays migrations on the shadow database it sends each migration file
  // (many statements) through executeRaw, i.e. pg's extended protocol, which refuses multiple
  // statements. Without parameters, run it as a script (simple protocol) instead.
  const raw = q as unknown as RawCapable;
  if (typeof raw.executeRaw === "function" && typeof raw.executeScript === "function") {
    const executeRaw = raw.executeRaw.bind(raw);
    const executeScript = raw.executeScript.bind(raw);
    raw.executeRaw = async (query) => {
      if (query.args.length === 0 && query.sql.includes(";")) {
        await executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
  }
  if (typeof target.startTransaction === "function") {
    const start = target.startTransaction.bind(target);
    target.startTransaction = async (...args) => patchQueryable((await start(...args)) as object);
  }
  return q;
}

export function pgConfigFromUrl(url: string) {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
  };
}

export function cliAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  // allowExitOnIdle: idle pooled connections must not keep the CLI alive for 10 s.
  const config = { ...pgConfigFromUrl(url), allowExitOnIdle: true, idleTimeoutMillis: 1000 };
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchQueryable(await connect());
  // The stock shadow database is dropped while its own pool still holds a connection
  // ("being accessed by other users"): close the shadow pool first, then drop it.
  factory.connectToShadowDb = async () => {
    const admin = await connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...config, database }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return patchQueryable(shadow);
  };
  return factory;
}
