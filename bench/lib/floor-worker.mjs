// The floor for answer saves: a minimal node:http + pg.Pool handler doing the same upsert
// statement as src/server/exam/save-answer.ts (copied; explicit casts because pg sends untyped
// parameters), with a hard-coded candidate check (attempt -> candidate map given at start)
// instead of authentication. Runs in a worker thread of the benchmark process, on its own event
// loop, listening on 127.0.0.1 only. Started by bench/lib/floor.ts. The statement is a named
// prepared statement (planned once per connection), as the app's save is a PL/pgSQL function
// that keeps its plan: without it the floor would pay the planning the app no longer pays.
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";

const { databaseUrl, port, attempts, grace, poolMax } = workerData;
const owner = new Map(attempts);
const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });
const KEYS = new Set(["A", "B", "C", "D", "E", "F"]);

const SQL = `
    WITH att AS (
      SELECT a.id, a.status, a.deadline, a."pausedAt" AS paused_at, now() AS now,
             EXISTS (SELECT 1 FROM "PaperItem" p WHERE p."paperId" = a."paperId" AND p."itemVersionId" = $1::text) AS in_paper
      FROM "Attempt" a WHERE a.id = $2::text AND a."candidateId" = $3::text
    ), ins AS (
      INSERT INTO "Answer" ("attemptId", "itemVersionId", response, flagged, seq, "savedAt")
      SELECT att.id, $1::text, $4::text[], $5::boolean, $6::int, att.now FROM att
      WHERE att.status = 'in_progress' AND att.now <= att.deadline + make_interval(secs => $7::double precision) AND att.in_paper
      ON CONFLICT ("attemptId", "itemVersionId") DO UPDATE
        SET response = EXCLUDED.response, flagged = EXCLUDED.flagged, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
        WHERE "Answer".seq < EXCLUDED.seq
      RETURNING seq
    ), seen AS (
      UPDATE "Attempt" SET "lastSeenAt" = (SELECT now FROM att), "lastSeq" = GREATEST("lastSeq", $6::int)
      WHERE id = (SELECT id FROM att) AND status = 'in_progress'
    )
    SELECT att.status, att.deadline, att.paused_at, att.now, att.in_paper,
           (SELECT seq FROM ins) AS written,
           (SELECT seq FROM "Answer" WHERE "attemptId" = $2::text AND "itemVersionId" = $1::text) AS current_seq
    FROM att`;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "cache-control": "no-store, max-age=0" });
  res.end(text);
}

async function handle(req, res) {
  const m = /^\/attempts\/([^/]+)\/answers$/.exec(req.url ?? "");
  if (req.method !== "POST" || !m) return send(res, 404, { error: "not found" });
  const attemptId = decodeURIComponent(m[1]);
  const candidateId = owner.get(attemptId);
  if (!candidateId) return send(res, 401, { error: "unauthenticated" });
  const chunks = [];
  for await (const c of req) chunks.push(c);
  let input;
  try {
    input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return send(res, 422, { error: "bad json" });
  }
  const ok =
    typeof input?.itemVersionId === "string" && input.itemVersionId.length >= 1 && input.itemVersionId.length <= 64 &&
    Array.isArray(input.response) && input.response.length <= 6 && input.response.every((k) => KEYS.has(k)) &&
    Number.isInteger(input.seq) && input.seq > 0 && input.seq <= 2_000_000_000;
  if (!ok) return send(res, 422, { error: "validation" });
  const response = [...new Set(input.response)].sort();
  const { rows } = await pool.query({ name: "floor_save", text: SQL, values: [input.itemVersionId, attemptId, candidateId, response, input.flagged === true, input.seq, grace] });
  const row = rows[0];
  if (!row) return send(res, 404, { error: "not found" });
  if (!row.in_paper) return send(res, 422, { error: "not in paper" });
  const remainingSeconds = Math.max(0, Math.floor((row.deadline.getTime() - row.now.getTime()) / 1000));
  if (row.written === null) {
    if (row.status === "in_progress" && row.now.getTime() <= row.deadline.getTime() + grace * 1000) {
      return send(res, 200, { saved: true, seq: input.seq, currentSeq: Math.max(row.current_seq ?? 0, input.seq), stale: true, remainingSeconds });
    }
    return send(res, 409, { error: "closed" });
  }
  return send(res, 200, { saved: true, seq: input.seq, currentSeq: input.seq, stale: false, remainingSeconds });
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error("[floor]", error);
    if (!res.headersSent) send(res, 500, { error: "internal" });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => parentPort.postMessage({ ready: true }));
parentPort.on("message", (msg) => {
  if (msg === "stop") {
    server.closeAllConnections?.();
    server.close(() => pool.end().then(() => parentPort.postMessage({ stopped: true })));
  }
});
