// The floor for the exam-start storm: a minimal node:http + pg.Pool server doing what a start and
// a paper load need at least, with the candidate taken from the URL instead of a session token:
//   POST /start/:sessionId/:candidateId  one INSERT of the attempt (deadline by the database's
//                                        clock), or nothing when it exists → {"attemptId"}
//   GET  /paper/:attemptId/:candidateId  one SELECT of the candidate's prepared items → {"items"}
// Runs in a worker thread of the benchmark process, on 127.0.0.1 only. Started by bench/start-storm.ts.
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";

const { databaseUrl, port, poolMax } = workerData;
const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });

const START = `
  WITH ins AS (
    INSERT INTO "Attempt" (id, "sessionId", "candidateId", "paperId", status, "startedAt", deadline, "lastSeenAt")
    SELECT gen_random_uuid()::text, $1::text, $2::text, sc."paperId", 'in_progress', now(), now() + make_interval(mins => 90), now()
    FROM "SessionCandidate" sc WHERE sc."sessionId" = $1::text AND sc."candidateId" = $2::text
    ON CONFLICT ("sessionId", "candidateId") DO NOTHING RETURNING id)
  SELECT coalesce((SELECT id FROM ins), (SELECT id FROM "Attempt" WHERE "sessionId" = $1::text AND "candidateId" = $2::text)) AS id`;
const PAPER = `SELECT sc."examItems" AS items FROM "Attempt" a JOIN "SessionCandidate" sc ON sc."sessionId" = a."sessionId" AND sc."candidateId" = a."candidateId"
  WHERE a.id = $1::text AND a."candidateId" = $2::text`;

function send(res, status, json) {
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

const server = http.createServer((req, res) => {
  req.resume();
  const [, kind, a, b] = (req.url ?? "").split("/");
  const run = async () => {
    if (req.method === "POST" && kind === "start") {
      const { rows } = await pool.query(START, [a, b]);
      return rows[0]?.id ? send(res, 200, JSON.stringify({ attemptId: rows[0].id })) : send(res, 404, "{}");
    }
    if (req.method === "GET" && kind === "paper") {
      const { rows } = await pool.query(PAPER, [a, b]);
      return rows[0]?.items ? send(res, 200, `{"attemptId":${JSON.stringify(a)},"items":${rows[0].items}}`) : send(res, 404, "{}");
    }
    send(res, 404, "{}");
  };
  run().catch((e) => send(res, 500, JSON.stringify({ error: String(e) })));
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => parentPort.postMessage({ ready: true }));
parentPort.on("message", (m) => {
  if (m === "stop") {
    server.closeAllConnections();
    server.close(() => void pool.end().then(() => parentPort.postMessage({ stopped: true })));
  }
});
