// An open-loop load generator in a worker thread (bench/lib/threaded-open-loop.ts): its share of
// the virtual candidates each POST an answer save every `interval` s (first at a random moment
// within the first interval) for `seconds`, over its own keep-alive agent, to localhost only.
// With `floor` set it sends the same saves to the floor server instead (the baseline at the same
// open load). It reports every latency (ms, from the moment the request is handed to the agent), the status
// counts, its own timer lag (how late each scheduled save was fired: max and p99) and its event
// loop utilisation, so a saturated generator is visible instead of passing for a slow server.
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";

const { port, seats, seconds, interval, sockets, floor } = workerData;
// The app's route, or the floor's (bench/lib/floor-worker.mjs: no cookie, its own path).
const pathOf = (attemptId) => (floor ? `/attempts/${attemptId}/answers` : `/api/exam/attempts/${attemptId}/answers`);
const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });

function save(seat) {
  const item = seat.items[Math.floor(Math.random() * seat.items.length)];
  seat.seq += 1;
  const body = JSON.stringify({ itemVersionId: item.versionId, response: [item.keys[Math.floor(Math.random() * item.keys.length)]], seq: seat.seq });
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: pathOf(seat.attemptId),
        method: "POST",
        agent,
        headers: { accept: "application/json", "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie: seat.cookie, host: `localhost:${port}` },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }));
        res.on("error", () => resolve({ status: 0, ms: performance.now() - start }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, ms: performance.now() - start }));
    req.end(body);
  });
}

parentPort.once("message", async () => {
  const schedule = [];
  for (const seat of seats) {
    const offset = Math.random() * interval * 1000;
    for (let at = offset; at < seconds * 1000; at += interval * 1000) schedule.push({ at, seat });
  }
  const latencies = new Float64Array(schedule.length);
  const lags = new Float64Array(schedule.length);
  const statuses = {};
  let n = 0;
  let last = 0;
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  await Promise.all(
    schedule.map(
      (s, i) =>
        new Promise((resolve) => {
          setTimeout(() => {
            lags[i] = performance.now() - t0 - s.at;
            void save(s.seat).then((r) => {
              latencies[n++] = r.ms;
              statuses[r.status] = (statuses[r.status] ?? 0) + 1;
              last = performance.now();
              resolve();
            });
          }, s.at);
        }),
    ),
  );
  const elu = performance.eventLoopUtilization(elu0);
  agent.destroy();
  parentPort.postMessage({ latencies, lags, statuses, seconds: Math.max(last - t0, 1) / 1000, elu: elu.utilization }, [latencies.buffer, lags.buffer]);
});
parentPort.postMessage({ ready: true });
