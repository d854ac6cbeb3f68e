// Items with up to 8 options (A–H), end to end in the pure domain: the item model, the candidate's
// shuffled display order (mapped back to original keys), answer saves' shape, and scoring.
import { describe, expect, it } from "vitest";
import { candidateOrder, toOriginalKeys } from "@/exam/candidate-order";
import { ItemVersionSchema, OptionKeySchema } from "@/exam/types";
import { scoreObjective } from "@/grading/objective";
import { SaveAnswerInput } from "@/server/exam/save-answer";

const KEYS = OptionKeySchema.options;
const options = KEYS.map((key) => ({ key, text: `选项 ${key}` }));

describe("8 options (A–H)", () => {
  it("the item model holds A–H and no more", () => {
    expect(KEYS).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    const base = { itemId: "i", versionId: "v", version: 1, type: "multiple", stem: "八选", answer: ["B", "H"], levels: ["5"], tracks: ["online-merchant"], tag: { kind: "ethics" }, difficulty: 3, status: "active" };
    expect(ItemVersionSchema.safeParse({ ...base, options }).success).toBe(true);
    expect(ItemVersionSchema.safeParse({ ...base, options: [...options, { key: "H", text: "第九个" }] }).success).toBe(false);
  });

  it("shuffles all 8 options per candidate and maps the displayed letters back to the original keys", () => {
    const order = candidateOrder({
      paper: { items: [{ itemId: "i", versionId: "v", type: "multiple", area: "ethics", points: 100, knowledgePoint: "ethics" }] },
      seed: "candidate-1",
      items: new Map([["v", { type: "multiple" as const, options }]]),
    });
    expect([...order.optionOrder.v!].sort()).toEqual([...KEYS]);
    const displayedOfH = KEYS[order.optionOrder.v!.indexOf("H")]!;
    expect(toOriginalKeys(order.optionOrder.v!, [displayedOfH])).toEqual(["H"]);
  });

  it("answer saves accept G and H (the stored options are checked by the save itself), and scoring scores them", () => {
    expect(SaveAnswerInput.safeParse({ itemVersionId: "v", response: ["G", "H"], seq: 1 }).success).toBe(true);
    expect(SaveAnswerInput.safeParse({ itemVersionId: "v", response: ["I"], seq: 1 }).success).toBe(false);
    expect(scoreObjective({ type: "multiple", key: ["B", "H"], response: ["H", "B"], points: 200 })).toBe(200);
    expect(scoreObjective({ type: "multiple", key: ["B", "H"], response: ["H"], points: 200, rule: "partial" })).toBe(100);
    expect(scoreObjective({ type: "single", key: ["G"], response: ["G"], points: 100 })).toBe(100);
  });
});
