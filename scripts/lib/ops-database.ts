// The database that the operations scripts (backup, restore, migrations on start) work on: the
// configured DATABASE_URL, else the embedded server's "skills" database — reached on its port
// when the app is running, else started for the duration of the command.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from "../../src/server/db/embedded";
import type { Env } from "../../src/server/env";

export type OpsDatabase = { url: string; embedded: boolean; close(): Promise<void> };

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export async function openOpsDatabase(env: Env, root: string): Promise<OpsDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  const dataDir = path.resolve(root, env.DATA_DIR);
  if (await listening(env.EMBEDDED_PG_PORT)) {
    const credentials = path.join(dataDir, "pg-credentials.json");
    if (!fs.existsSync(credentials)) throw new Error(`port ${env.EMBEDDED_PG_PORT} is in use, but ${credentials} is missing: is another program on that port?`);
    const { password } = JSON.parse(fs.readFileSync(credentials, "utf8")) as { password: string };
    const serverUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`;
    await ensureDatabase(serverUrl, "skills");
    return { url: withDatabase(serverUrl, "skills"), embedded: true, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT });
  await ensureDatabase(server.serverUrl, "skills");
  return { url: server.urlFor("skills"), embedded: true, close: () => server.stop() };
}
