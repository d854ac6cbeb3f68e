#!/usr/bin/env node
// Runs the Prisma CLI the offline way (see docs/database.md): JS schema engine through the
// driver adapter configured in prisma.config.ts, with long idle timers unref'd.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const preload = path.join(root, "scripts", "unref-long-timers.cjs");
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
const args = process.argv.slice(2);

// The schema's `url = env("DATABASE_URL")` must resolve even for commands that never connect
// (generate); otherwise the CLI falls back to downloading a native engine, which fails offline.
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.DATABASE_URL) {
  if (args[0] !== "generate") {
    console.error("DATABASE_URL is not set. Use npm start (embedded database) or set it; see docs/database.md.");
    process.exit(2);
  }
  env.DATABASE_URL = "postgresql://placeholder@127.0.0.1:5432/placeholder";
}
const result = spawnSync(process.execPath, ["-r", preload, cli, ...args], { cwd: root, stdio: "inherit", env });
process.exit(result.status ?? 1);
