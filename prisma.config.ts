import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./src/server/db/cli-adapter";
import { readDatabaseUrlForCli } from "./src/server/env";

// Offline Prisma (docs/database.md): the JS schema engine through the pg driver adapter,
// so the CLI never downloads a native engine.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return cliAdapterFactory(readDatabaseUrlForCli());
  },
});
