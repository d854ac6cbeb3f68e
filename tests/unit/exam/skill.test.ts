import { describe, expect, it } from "vitest";
import { assembleSkillAssessment, skillConformance, type SkillAssessment } from "@/exam/assemble-skill";
import { LEVEL_CODES, TRACK_CODES, weightsFor } from "@/standard";
import { makeTask, taskBank } from "./fixtures";

const BANK = taskBank("skills", 10);
const byVersion = new Map(BANK.map((t) => [t.versionId, t]));

function ok(r: ReturnType<typeof assembleSkillAssessment>): SkillAssessment {
  if (!r.ok) throw new Error(r.reasons.join("\n"));
  return r.assessment;
}

describe("assembleSkillAssessment", () => {
  for (const level of LEVEL_CODES)
    for (const track of TRACK_CODES)
      it(`gives every weighted duty exactly its skill weight: L${level} ${track}`, () => {
        const a = ok(assembleSkillAssessment({ level, track, tasks: BANK, seed: "s" }));
        const w = weightsFor("skill", level, track);
        expect(a.duties.map((d) => d.duty)).toEqual((["1", "2", "3", "4", "5", "6"] as const).filter((d) => w[d] > 0));
        for (const d of a.duties) {
          expect(d.points, d.duty).toBe(w[d.duty]);
          expect(d.tasks.reduce((s, t) => s + t.points, 0)).toBe(w[d.duty]);
          for (const ref of d.tasks) {
            const t = byVersion.get(ref.versionId);
            expect(t?.level).toBe(level);
            expect(t?.tracks).toContain(track);
            expect(t?.duty).toBe(d.duty);
            expect(t?.status).toBe("active");
          }
        }
        expect(a.totalPoints).toBe(100);
        expect(a.totalMinutes).toBe(a.duties.reduce((s, d) => s + d.tasks.reduce((m, t) => m + t.minutes, 0), 0));
        const ids = a.duties.flatMap((d) => d.tasks.map((t) => t.taskId));
        expect(new Set(ids).size).toBe(ids.length);
        const report = skillConformance({ assessment: a, tasks: byVersion });
        expect(report.conforms).toBe(true);
        expect(report.totalPoints).toBe(100);
        for (const d of report.duties) {
          expect(d.actualPoints).toBe(d.targetPoints);
          expect(d.skills.count).toBeGreaterThan(0);
        }
      });

  it("is deterministic and seeded", () => {
    const a = assembleSkillAssessment({ level: "4", track: "online-merchant", tasks: BANK, seed: "x" });
    expect(assembleSkillAssessment({ level: "4", track: "online-merchant", tasks: [...BANK].reverse(), seed: "x" })).toEqual(a);
    const seeds = new Set(
      ["a", "b", "c", "d", "e", "f"].map((seed) =>
        JSON.stringify(ok(assembleSkillAssessment({ level: "4", track: "online-merchant", tasks: BANK, seed })).duties.map((d) => d.tasks.map((t) => t.taskId))),
      ),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });

  it("prefers fewer tasks: a single task of the exact weight wins over a pair", () => {
    const tasks = [
      makeTask({ id: "a10", level: "5", duty: "1", points: 10 }),
      makeTask({ id: "b10", level: "5", duty: "1", points: 10 }),
      makeTask({ id: "c20", level: "5", duty: "1", points: 20 }),
    ];
    const r = assembleSkillAssessment({ level: "5", track: "online-merchant", tasks, seed: "s" });
    expect(r.ok).toBe(false); // other duties are empty
    if (r.ok) return;
    expect(r.shortages.map((s) => s.duty)).toEqual(["2", "3", "4", "5", "6"]);
    const full = [...tasks, ...(["2", "3", "4", "5", "6"] as const).map((duty) => makeTask({ id: `d${duty}`, level: "5", duty, points: weightsFor("skill", "5", "online-merchant")[duty] }))];
    for (const seed of ["1", "2", "3", "4"]) {
      const a = ok(assembleSkillAssessment({ level: "5", track: "online-merchant", tasks: full, seed }));
      expect(a.duties[0]?.tasks.map((t) => t.taskId)).toEqual(["c20"]);
    }
  });

  it("refuses every duty that cannot be filled, with Chinese messages", () => {
    const tasks = [
      makeTask({ id: "x1", level: "4", duty: "1", points: 15, tracks: ["cross-border"] }),
      makeTask({ id: "x2", level: "4", duty: "1", points: 10, tracks: ["cross-border"] }),
      // Wrong level / track / status: never used.
      makeTask({ id: "l5", level: "5", duty: "2", points: 15, tracks: ["cross-border"] }),
      makeTask({ id: "om", level: "4", duty: "2", points: 15, tracks: ["online-merchant"] }),
      makeTask({ id: "dr", level: "4", duty: "2", points: 15, tracks: ["cross-border"], status: "draft" }),
    ];
    const r = assembleSkillAssessment({ level: "4", track: "cross-border", tasks, seed: "s" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons).toEqual([
      "四级/中级工·跨境电子商务师 职业功能 1 产品及服务信息管理 无法组成 20 分：可用实操试题 2 道（分值 10、15 分），没有分值之和恰为 20 分的组合",
      "四级/中级工·跨境电子商务师 职业功能 2 线上店铺设计与装修 没有可用的实操试题（需 15 分）",
      "四级/中级工·跨境电子商务师 职业功能 3 营销推广 没有可用的实操试题（需 15 分）",
      "四级/中级工·跨境电子商务师 职业功能 4 业务处理 没有可用的实操试题（需 20 分）",
      "四级/中级工·跨境电子商务师 职业功能 5 客户服务 没有可用的实操试题（需 15 分）",
      "四级/中级工·跨境电子商务师 职业功能 6 商务数据分析 没有可用的实操试题（需 15 分）",
    ]);
  });

  it("skillConformance flags a wrong total", () => {
    const a = ok(assembleSkillAssessment({ level: "5", track: "cross-border", tasks: BANK, seed: "s" }));
    const broken = { ...a, duties: a.duties.slice(1) };
    const report = skillConformance({ assessment: broken, tasks: byVersion });
    expect(report.conforms).toBe(false);
    expect(report.problems).toContain("职业功能 1 产品及服务信息管理 实得 0 分，权重为 20 分");
  });
});
