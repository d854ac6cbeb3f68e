// Run by scripts/docker-smoke.sh inside an app container of the compose deployment (docs/deployment.md,
// "Verified"): seeds the demo data into the deployment's database (its item bank and accounts; a
// throwaway smoke deployment only), creates a published theory session with one seated candidate
// (bench/lib/exam-data.ts, as the cluster fault tests do), and prints one JSON line:
//   { "sessionId", "cookie" (the candidate's Auth.js session cookie, signed with AUTH_SECRET),
//     "itemVersionId", "key" (an option key of that item),
//     "fileInStore" (true when a file the seeding stored is in the file store — S3 in compose —
//     with the size its row records) }
// The caller then starts the attempt and saves an answer through nginx like a browser would.
// Errors: exits 1 with the reason (no DATABASE_URL or AUTH_SECRET, seeding or assembly failed).
import { createExamSession } from "../bench/lib/exam-data";
import { sessionCookie } from "../bench/lib/auth-cookie";
import { createPrismaClient } from "../src/server/db/client";
import { getEnv } from "../src/server/env";
import { seedDemo } from "../src/server/seed/seed-demo";
import { getStorage } from "../src/server/storage";

async function main() {
  const env = getEnv();
  if (!env.DATABASE_URL || !env.AUTH_SECRET) throw new Error("DATABASE_URL and AUTH_SECRET must be set (run inside an app container)");
  const prisma = createPrismaClient(env.DATABASE_URL);
  try {
    await seedDemo({ prisma, now: new Date() });
    const exam = await createExamSession(prisma, { candidates: 1, name: `docker-smoke-${Date.now()}` });
    const candidate = exam.candidates[0]!;
    const item = candidate.items[0]!;
    const cookie = await sessionCookie({ userId: candidate.userId, name: candidate.name, secret: env.AUTH_SECRET, candidateId: candidate.candidateId });
    const file = await prisma.storedFile.findFirst({ orderBy: { storageKey: "asc" } });
    const stored = file ? await getStorage().stat(file.storageKey) : null;
    const fileInStore = Boolean(file && stored && stored.size === file.size);
    console.log(JSON.stringify({ sessionId: exam.sessionId, cookie, itemVersionId: item.versionId, key: item.keys[0], fileInStore }));
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`[docker-smoke-seat] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
