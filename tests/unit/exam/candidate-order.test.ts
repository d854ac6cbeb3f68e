import { describe, expect, it } from "vitest";
import { assemblePaper } from "@/exam/assemble-paper";
import { buildBlueprint } from "@/exam/blueprint";
import { candidateOrder, displayKeyMap, toDisplayKeys, toOriginalKeys } from "@/exam/candidate-order";
import type { OptionKey } from "@/exam/types";
import { bankFor } from "./fixtures";

const blueprint = buildBlueprint({ level: "5", track: "online-merchant" });
if (!blueprint.ok) throw new Error("blueprint");
const bank = bankFor("5", "online-merchant", 25);
const r = assemblePaper({ blueprint, bank, seed: "paper-1" });
if (!r.ok) throw new Error("paper");
const paper = r.paper;
const items = new Map(bank.map((i) => [i.versionId, i]));

describe("candidateOrder", () => {
  it("is reproducible for the same seed and differs between candidates", () => {
    const a = candidateOrder({ paper, seed: "paper-1/cand-1", items });
    expect(candidateOrder({ paper, seed: "paper-1/cand-1", items })).toEqual(a);
    const b = candidateOrder({ paper, seed: "paper-1/cand-2", items });
    expect(b.itemOrder).not.toEqual(a.itemOrder);
  });

  it("is a permutation of the paper that keeps the sections in order", () => {
    const o = candidateOrder({ paper, seed: "c", items });
    expect([...o.itemOrder].sort()).toEqual(paper.items.map((i) => i.versionId).sort());
    const typeOf = new Map(paper.items.map((i) => [i.versionId, i.type]));
    expect(o.itemOrder.map((v) => typeOf.get(v))).toEqual(paper.items.map((i) => i.type));
    expect(o.itemOrder).not.toEqual(paper.items.map((i) => i.versionId));
  });

  it("keeps true/false options (A=对, B=错) and permutes choice options", () => {
    const o = candidateOrder({ paper, seed: "c", items });
    let moved = 0;
    for (const pi of paper.items) {
      const order = o.optionOrder[pi.versionId];
      const original = items.get(pi.versionId)?.options.map((x) => x.key);
      if (pi.type === "true-false") expect(order).toEqual(["A", "B"]);
      else {
        expect([...(order ?? [])].sort()).toEqual(original);
        if (order?.join() !== original?.join()) moved++;
      }
    }
    expect(moved).toBeGreaterThan(10);
  });

  it("throws when an item version is missing", () => {
    expect(() => candidateOrder({ paper, seed: "c", items: new Map() })).toThrow(/not provided/);
  });
});

describe("display ↔ original keys", () => {
  const order: OptionKey[] = ["C", "A", "D", "B"]; // display A shows original C, …
  it("maps displayed letters to original keys", () => {
    expect(displayKeyMap(order)).toEqual({ A: "C", B: "A", C: "D", D: "B" });
    expect(toOriginalKeys(order, ["A", "D"])).toEqual(["B", "C"]);
    expect(toDisplayKeys(order, ["A", "C"])).toEqual(["A", "B"]);
  });

  it("round-trips for every candidate order of the paper", () => {
    const o = candidateOrder({ paper, seed: "round", items });
    for (const pi of paper.items) {
      const ord = o.optionOrder[pi.versionId] ?? [];
      const answer = items.get(pi.versionId)?.answer ?? [];
      expect(toOriginalKeys(ord, toDisplayKeys(ord, answer))).toEqual([...answer].sort());
    }
  });

  it("rejects a letter that is not displayed", () => {
    expect(() => toOriginalKeys(["B", "A"], ["C"])).toThrow();
  });
});
