import { describe, expect, it } from "vitest";
import { createRng, pick, shuffle } from "@/exam/random";

describe("seeded PRNG", () => {
  it("same seed, same stream; different seed, different stream", () => {
    const a = createRng("seed");
    const b = createRng("seed");
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    const c = createRng("seed2");
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("int covers its range roughly uniformly", () => {
    const rng = createRng("u");
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 6000; i++) counts[rng.int(6)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(() => rng.int(0)).toThrow();
  });

  it("shuffle is a reproducible permutation and does not mutate; pick picks", () => {
    const xs = Array.from({ length: 30 }, (_, i) => i);
    const s1 = shuffle(xs, createRng("p"));
    expect(shuffle(xs, createRng("p"))).toEqual(s1);
    expect([...s1].sort((a, b) => a - b)).toEqual(xs);
    expect(s1).not.toEqual(xs);
    expect(xs[0]).toBe(0);
    expect(xs).toContain(pick(xs, createRng("q")));
    expect(() => pick([], createRng("q"))).toThrow();
  });
});
