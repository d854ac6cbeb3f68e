// The one place that reads process.env (DESIGN.md). Everything else asks getEnv().
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server. Unset: the launcher starts the embedded one and sets it. */
  DATABASE_URL: z.string().url().optional(),
  /** The primary itself, bypassing a pooler, for migrations (they take a session-level advisory
   *  lock, which PgBouncer's transaction pooling cannot keep). Unset: DATABASE_URL. */
  DIRECT_DATABASE_URL: z.string().url().optional(),
  /** A hot standby for reads that may lag (reports, statistics lists). Unset: DATABASE_URL.
   *  Never used on the exam's path (docs/deployment.md). */
  READ_DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded database and generated secrets live (git-ignored). */
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_URL: z.string().url().optional(),
  /**
   * The address users type, e.g. https://exam.example.edu.cn (docs/operations.md "Sessions and
   * security"). Sets AUTH_URL (unless given), Secure cookies when https, and the origin of every
   * absolute URL and redirect. Unset: the origin the browser used (Host header), over http.
   */
  PUBLIC_URL: z.string().url().refine((u) => /^https?:/.test(u), "http:// or https://").optional(),
  /** Reverse proxies whose X-Forwarded-For is believed: IP addresses or CIDR ranges, comma-separated. */
  TRUSTED_PROXIES: z.string().optional(),
  /** "1" when the app serves the embedded demo: demo accounts may be shown. */
  DEMO_MODE: z.enum(["0", "1"]).default("0"),
  /** Seconds of grace for answer saves already in flight at the deadline. */
  SAVE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  /** Where stored files live: "folder" (<DATA_DIR>/files, the default) or "s3" (docs/storage.md). */
  STORAGE_DRIVER: z.enum(["folder", "s3"]).default("folder"),
  /** Folder driver: the folder of stored files. Default <DATA_DIR>/files. */
  STORAGE_DIR: z.string().optional(),
  /** S3 driver: an S3-compatible endpoint (unset: the provider's default for S3_REGION). */
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** "1" for servers that want https://host/bucket/key rather than https://bucket.host/key. */
  S3_FORCE_PATH_STYLE: z.enum(["0", "1", "true", "false"]).default("0"),
  /** Partial (unfinished) uploads and upload receipts. Default <DATA_DIR>/uploads-partial. */
  UPLOADS_PARTIAL_DIR: z.string().optional(),
  /** Hours after which an unfinished upload (and a finished upload's receipt) is deleted. */
  UPLOADS_PARTIAL_MAX_AGE_HOURS: z.coerce.number().min(1).max(24 * 30).default(24),
  /** A ceiling on any single upload, whatever a policy grants (bytes; default 2 GiB). */
  UPLOADS_MAX_BYTES: z.coerce.number().int().min(1).default(2 * 1024 ** 3),
  /** Backups (docs/operations.md): where `npm run backup` and the daily backups write. Default <DATA_DIR>/backups. */
  BACKUP_DIR: z.string().optional(),
  /** Daily backups of the embedded database: the local hour (0–23) to take them, or -1 for none. */
  BACKUP_HOUR: z.coerce.number().int().min(-1).max(23).default(2),
  /** Daily backups: how many to keep (older ones are deleted). */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  /** "0": do not take a backup before applying pending migrations on start. */
  BACKUP_BEFORE_MIGRATE: z.enum(["0", "1"]).default("1"),
  /** A folder with PostgreSQL's client programs (pg_dump, pg_restore), searched first. */
  PG_BIN_DIR: z.string().optional(),
  /** Bearer token for /api/metrics; unset: the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** pino log level for the structured logs. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CI: z.string().optional(),
  /** Set by Next.js: "nodejs" or "edge". */
  NEXT_RUNTIME: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as in a shell that exported VAR=.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For code that sets variables for a child process it starts (launcher, test harness). */
export function currentProcessEnv(): NodeJS.ProcessEnv {
  return process.env;
}

export function requireDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return url;
}

export function readDatabaseUrlForCli(): string {
  const url = parseEnv(process.env).DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set for the Prisma CLI (scripts set it; see docs/database.md).");
  return url;
}

/** The Auth.js secret. The launcher always provides one; `next dev` may run without. */
export function authSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV !== "production") return "development-only-secret-not-for-production";
  throw new Error("AUTH_SECRET is not set: start the app with `npm start`, which provides one.");
}

/** True in the Node.js server runtime of Next.js (not the edge runtime, not the build). */
export function runtimeIsNode(): boolean {
  return parseEnv(process.env).NEXT_RUNTIME === "nodejs";
}
