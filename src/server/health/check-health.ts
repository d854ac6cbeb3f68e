// Use case: is the app up and its database reachable?
import { getPrisma } from "../db/client";

export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down" }> {
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return { ok: true, database: "up" };
  } catch {
    return { ok: false, database: "down" };
  }
}
