// Preloaded for Prisma CLI calls only (see docs/database.md): the Wasm schema engine leaves
// 10 s and 60 s timers armed after its work is done, which keeps the process alive for a
// minute. Long timers are unref'd so the process exits when the real work is done.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const timer = original(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
