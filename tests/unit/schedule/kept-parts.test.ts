// Resits (补考): a part passed and kept is not scheduled again; the failed part alone is.
import { describe, expect, it } from "vitest";
import { checkSession } from "@/exam";
import { candidate, contextFor, skillDraft, theoryDraft } from "./fixtures";

describe("part-kept: a kept part is not sat again", () => {
  it("refuses theory for a candidate who keeps a theory pass, names the candidate", () => {
    const d = theoryDraft([3], [2]);
    const v = checkSession(d, contextFor(d, { candidates: [candidate(1, { name: "王五", kept: ["theory"] })] }));
    expect(v.map((x) => x.rule)).toEqual(["part-kept"]);
    expect(v[0]!.message).toContain("王五");
    expect(v[0]!.message).toContain("理论知识考试");
    expect(v[0]!.personId).toBe("c1");
  });
  it("allows the failed part alone (skill) for the same candidate", () => {
    const d = skillDraft(3, 3);
    const ctx = contextFor(d);
    const first = d.rooms[0]!.candidateIds[0]!;
    const c = ctx.candidates.get(first)!;
    const withKept = new Map(ctx.candidates);
    withKept.set(first, { ...c, kept: ["theory"] });
    expect(checkSession(d, { ...ctx, candidates: withKept })).toEqual([]);
    withKept.set(first, { ...c, kept: ["theory", "skill"] });
    expect(checkSession(d, { ...ctx, candidates: withKept }).map((x) => x.rule)).toEqual(["part-kept"]);
  });
});
