// The launcher's supervisor with real child processes: restart with backoff after an unexpected
// death, no restart after stop, and children tied to their parent's life (setpriv --pdeathsig).
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { nextDelay, Supervisor } from "../../../scripts/lib/supervisor";
import { canTieToParent, processAlive as alive, spawnTied, type Running } from "@/server/process/tied-child";

const backoff = { initialMs: 50, maxMs: 400, resetAfterMs: 1000 };
const sleepChild = () => spawnTied(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const started: Running[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((r) => r.stop()));
});

describe("nextDelay", () => {
  it("starts at the initial delay, doubles after short runs up to the ceiling, and resets after a healthy run", () => {
    expect(nextDelay(undefined, 0, backoff)).toBe(50);
    expect(nextDelay(50, 10, backoff)).toBe(100);
    expect(nextDelay(200, 10, backoff)).toBe(400);
    expect(nextDelay(400, 10, backoff)).toBe(400);
    expect(nextDelay(400, 1000, backoff)).toBe(50);
  });
});

describe("Supervisor", () => {
  it("restarts a child that was killed, with a new pid, and logs why", async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor((l) => lines.push(l));
    const downs: string[] = [];
    let ups = 0;
    const child = await supervisor.add({
      name: "sleeper",
      backoff,
      start: async () => {
        const r = sleepChild();
        started.push(r);
        return r;
      },
      onUp: () => (ups += 1),
      onDown: (reason) => downs.push(reason),
    });
    const first = child.current!.pid;
    expect(child.state).toBe("up");
    process.kill(first, "SIGKILL");
    await until(() => child.restarts === 1 && child.state === "up");
    expect(child.current!.pid).not.toBe(first);
    expect(alive(child.current!.pid)).toBe(true);
    expect(ups).toBe(2);
    expect(downs).toEqual(["signal SIGKILL"]);
    expect(lines.some((l) => l.includes("sleeper stopped unexpectedly (signal SIGKILL)"))).toBe(true);
    await supervisor.stopAll();
    expect(child.state).toBe("stopped");
  });

  it("keeps retrying a start that fails, with growing delays, until it succeeds", async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor((l) => lines.push(l));
    let calls = 0;
    const child = await supervisor.add({
      name: "flaky",
      backoff,
      start: async () => {
        calls += 1;
        if (calls > 1 && calls < 4) throw new Error(`attempt ${calls} failed`);
        const r = sleepChild();
        started.push(r);
        return r;
      },
    });
    process.kill(child.current!.pid, "SIGTERM");
    await until(() => child.restarts === 1);
    expect(calls).toBe(4);
    expect(lines.filter((l) => l.includes("could not be restarted")).map((l) => /next try in ([\d.]+) s/.exec(l)?.[1])).toEqual(["0.1", "0.2"]);
    await supervisor.stopAll();
  });

  it("does not restart a child after stop(), and stops children in reverse order", async () => {
    const order: string[] = [];
    const supervisor = new Supervisor(() => {});
    const make = (name: string) => ({
      name,
      backoff,
      start: async () => {
        const r = sleepChild();
        started.push(r);
        return { ...r, stop: async () => (order.push(name), r.stop()) };
      },
    });
    const a = await supervisor.add(make("a"));
    const b = await supervisor.add(make("b"));
    const pid = a.current!.pid;
    await supervisor.stopAll();
    expect(order).toEqual(["b", "a"]);
    expect(alive(pid)).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(a.current).toBeUndefined();
    expect(b.restarts + a.restarts).toBe(0);
  });

  it("stopAll() during a restart waits for it and stops what it started", async () => {
    const supervisor = new Supervisor(() => {});
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const child = await supervisor.add({
      name: "slow",
      backoff,
      start: async () => {
        calls += 1;
        if (calls === 2) await gate; // the restart takes its time
        const r = sleepChild();
        started.push(r);
        return r;
      },
    });
    process.kill(child.current!.pid, "SIGKILL");
    await until(() => calls === 2);
    const stopping = supervisor.stopAll();
    release();
    await stopping;
    const second = started.at(-1)!;
    expect(await second.exited).toMatch(/signal SIGTERM/);
    expect(child.state).toBe("stopped");
  });

  it("rejects when the first start fails, so the operator sees a configuration problem", async () => {
    const supervisor = new Supervisor(() => {});
    await expect(supervisor.add({ name: "broken", start: () => Promise.reject(new Error("no such program")) })).rejects.toThrow("no such program");
  });
});

describe("spawnTied", () => {
  it("ties the child to its parent: when the parent is killed, the child exits too", async () => {
    expect(canTieToParent()).toBe(true); // Linux with util-linux (Debian): the supported platform
    // A parent process that spawns a tied grandchild, prints its pid, then waits.
    const script = `
      import { spawnTied } from ${JSON.stringify(new URL("../../../src/server/process/tied-child.ts", import.meta.url).pathname)};
      const r = spawnTied(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      console.log(r.pid);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    parent.stdout.setEncoding("utf8");
    const pid = await new Promise<number>((resolve) => parent.stdout.once("data", (d: string) => resolve(Number(d.trim()))));
    expect(alive(pid)).toBe(true);
    parent.kill("SIGKILL");
    await until(() => !alive(pid));
    expect(alive(pid)).toBe(false);
  }, 30_000);

  it("stop() escalates along its sequence when the first signal is ignored", async () => {
    const r = spawnTied(process.execPath, ["-e", "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000)"], {
      stdio: ["ignore", "pipe", "ignore"],
      stopSequence: [
        { signal: "SIGTERM", waitMs: 300 },
        { signal: "SIGKILL", waitMs: 2000 },
      ],
    });
    started.push(r);
    await new Promise((res) => r.child.stdout!.once("data", res)); // its SIGTERM handler is installed
    await r.stop();
    expect(await r.exited).toBe("signal SIGKILL");
  });
});
