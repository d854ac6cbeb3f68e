// The snapshot dump: a consistent logical copy of one database without PostgreSQL's client
// programs (the embedded package ships none, and an older pg_dump refuses a newer server).
//
// Consistency: every table is read with COPY inside ONE transaction at REPEATABLE READ, so all
// reads see the same snapshot of the database, taken at its first query; this is the mechanism
// pg_dump itself relies on (PostgreSQL manual, "Transaction Isolation" and pg_dump's notes).
//
// The schema is not reverse-engineered: it is the application's committed migrations, whose
// texts are stored in the backup after checking each against the checksum that
// `prisma migrate deploy` recorded in _prisma_migrations. Restoring replays those texts, then
// loads every table (including _prisma_migrations) and sets the sequences, in one transaction.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import zlib from "node:zlib";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

export type TableInfo = { name: string; columns: string[] };
export type SnapshotResult = { tables: Record<string, number>; migrations: string[] };

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** Plain tables of the public schema with their stored (not generated, not dropped) columns, by name. */
export async function listTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind = 'r'
     GROUP BY c.relname
     ORDER BY c.relname`);
  return rows;
}

/** Number of rows in each public table, read in the caller's transaction (for manifests and checks). */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of await listTables(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM public.${q(t.name)}`);
    counts[t.name] = Number(rows[0]!.n);
  }
  return counts;
}

/** Relations and enum types in the public schema: 0 means the database is empty. */
export async function countSchemaObjects(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`
    SELECT ((SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m','S','f'))
          + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
              WHERE n.nspname = 'public' AND t.typtype = 'e'))::text AS n`);
  return Number(rows[0]!.n);
}

function countLines(counter: { n: number }) {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) counter.n++;
      done(null, chunk);
    },
  });
}

/**
 * Writes the database behind `client` into `dir`: schema/NNNN_<migration>.sql, tables/<table>.copy.gz
 * (COPY text format, gzip), sequences.json, tables.json (columns per table). `migrationsDir` is the
 * repository's prisma/migrations. Throws when an applied migration is missing there or differs from
 * its recorded checksum (the backup could not be restored faithfully).
 */
export async function dumpSnapshot(client: pg.Client, dir: string, migrationsDir: string): Promise<SnapshotResult> {
  fs.mkdirSync(path.join(dir, "schema"), { recursive: true });
  fs.mkdirSync(path.join(dir, "tables"), { recursive: true });
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const migrated = (await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'")).rowCount! > 0;
    const applied = migrated
      ? await client.query<{ migration_name: string; checksum: string }>(
          `SELECT migration_name, checksum FROM public._prisma_migrations
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
        )
      : { rows: [] };
    const migrations: string[] = [];
    applied.rows.forEach((m, i) => {
      const file = path.join(migrationsDir, m.migration_name, "migration.sql");
      if (!fs.existsSync(file)) throw new Error(`applied migration ${m.migration_name} is not in ${migrationsDir}: back up with the code that applied it`);
      const text = fs.readFileSync(file);
      if (createHash("sha256").update(text).digest("hex") !== m.checksum) {
        throw new Error(`migration ${m.migration_name} differs from the one applied to the database (checksum mismatch)`);
      }
      fs.writeFileSync(path.join(dir, "schema", `${String(i).padStart(4, "0")}_${m.migration_name}.sql`), text);
      migrations.push(m.migration_name);
    });

    const tables = await listTables(client);
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const counter = { n: 0 };
      const cols = t.columns.map(q).join(", ");
      const source = client.query(copyTo(`COPY public.${q(t.name)} (${cols}) TO STDOUT`));
      await pipeline(source, countLines(counter), zlib.createGzip(), fs.createWriteStream(path.join(dir, "tables", `${t.name}.copy.gz`)));
      counts[t.name] = counter.n;
    }
    const seqs = await client.query<{ name: string; last_value: string | null }>(
      `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
    );
    fs.writeFileSync(path.join(dir, "sequences.json"), JSON.stringify(seqs.rows, null, 1));
    fs.writeFileSync(path.join(dir, "tables.json"), JSON.stringify(tables, null, 1));
    await client.query("COMMIT");
    return { tables: counts, migrations };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS public."_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Tables ordered so that a table comes after the tables its foreign keys point to (cycles last). */
async function loadOrder(client: pg.Client, names: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     WHERE k.contype = 'f' AND c.oid <> p.oid`);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const r of rows) parents.get(r.child)?.add(r.parent);
  const done: string[] = [];
  const placed = new Set<string>();
  let progress = true;
  while (progress && done.length < names.length) {
    progress = false;
    for (const n of names) {
      if (placed.has(n)) continue;
      if ([...parents.get(n)!].every((p) => placed.has(p) || !parents.has(p))) {
        done.push(n);
        placed.add(n);
        progress = true;
      }
    }
  }
  return [...done, ...names.filter((n) => !placed.has(n))];
}

/**
 * Loads a snapshot dump (written by dumpSnapshot) into the EMPTY database behind `client`, in one
 * transaction: the schema from the stored migrations, every table's rows, the sequences. On any
 * error nothing stays. Returns the loaded row count per table.
 */
export async function loadSnapshot(client: pg.Client, dir: string): Promise<Record<string, number>> {
  const tables = JSON.parse(fs.readFileSync(path.join(dir, "tables.json"), "utf8")) as TableInfo[];
  const seqs = JSON.parse(fs.readFileSync(path.join(dir, "sequences.json"), "utf8")) as Array<{ name: string; last_value: string | null }>;
  await client.query("BEGIN");
  try {
    for (const file of fs.readdirSync(path.join(dir, "schema")).sort()) {
      await client.query(fs.readFileSync(path.join(dir, "schema", file), "utf8"));
    }
    // Prisma creates its bookkeeping table itself, outside the migrations: same definition.
    if (tables.some((t) => t.name === "_prisma_migrations")) await client.query(PRISMA_MIGRATIONS_TABLE);
    const superuser = await client.query<{ s: boolean }>("SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user");
    // Rows come from one consistent snapshot, so the foreign keys hold; as a superuser, skip their
    // checks (and any trigger) while loading, which also allows cycles between tables.
    if (superuser.rows[0]?.s) await client.query("SET LOCAL session_replication_role = replica");
    // Migrations insert no rows today; should one ever, the backup's rows replace them.
    if (tables.length) await client.query(`TRUNCATE ${tables.map((t) => `public.${q(t.name)}`).join(", ")}`);
    const counts: Record<string, number> = {};
    for (const name of await loadOrder(client, tables.map((t) => t.name))) {
      const t = tables.find((x) => x.name === name)!;
      const cols = t.columns.map(q).join(", ");
      const counter = { n: 0 };
      const sink = client.query(copyFrom(`COPY public.${q(name)} (${cols}) FROM STDIN`));
      await pipeline(fs.createReadStream(path.join(dir, "tables", `${name}.copy.gz`)), zlib.createGunzip(), countLines(counter), sink);
      counts[name] = counter.n;
    }
    for (const s of seqs) {
      if (s.last_value !== null) await client.query("SELECT setval($1::regclass, $2::bigint, true)", [`public.${q(s.name)}`, s.last_value]);
    }
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
