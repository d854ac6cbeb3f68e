// The demo banks must let every (level, track) assemble two different full theory papers and
// one full skill assessment (issue: demo banks that cover the standard).
import { describe, expect, it } from "vitest";
import { assembleForms, assembleSkillAssessment, buildBlueprint, paperConformance, type Blueprint } from "@/exam";
import type { ItemVersion, TaskVersion } from "@/exam/types";
import { checkItem } from "@/server/bank/item-input";
import { checkTask } from "@/server/bank/task-store";
import { demoItems, demoTasks } from "@/server/seed/demo-bank";
import { LEVEL_CODES, TRACK_CODES } from "@/standard";

const bank: ItemVersion[] = demoItems.map((d) => ({
  itemId: d.key,
  versionId: `${d.key}@1`,
  version: 1,
  type: d.type,
  stem: d.stem,
  options: d.options,
  answer: d.answer,
  levels: d.levels,
  tracks: d.tracks,
  tag: d.tag,
  difficulty: d.difficulty,
  explanation: d.explanation,
  status: "active",
}));
const tasks: TaskVersion[] = demoTasks.map((d) => ({ ...d, taskId: d.key, versionId: `${d.key}@1`, version: 1, status: "active" }) as TaskVersion);

describe("demo banks", () => {
  it("every demo item and task passes the same checks as an import", () => {
    for (const d of demoItems) {
      expect(checkItem({ ...d, points: null, labels: [], status: "active" }), d.key).toEqual([]);
    }
    for (const d of demoTasks) expect(checkTask({ ...d, status: "active" }), d.key).toEqual([]);
  });

  for (const level of LEVEL_CODES)
    for (const track of TRACK_CODES) {
      it(`level ${level} ${track}: two different conforming papers (A/B) and one skill assessment`, () => {
        const blueprint = buildBlueprint({ level, track }) as Blueprint;
        const forms = assembleForms({ blueprint, bank, seed: "demo", forms: 2 });
        expect(forms.ok, forms.ok ? "" : forms.shortages.map((s) => s.message).join("\n")).toBe(true);
        if (!forms.ok) return;
        const [a, b] = forms.forms;
        const byVersion = new Map(bank.map((v) => [v.versionId, v]));
        for (const f of forms.forms) expect(paperConformance({ paper: f.paper, blueprint, items: byVersion }).conforms).toBe(true);
        const aIds = new Set(a!.paper.items.map((i) => i.itemId));
        const different = b!.paper.items.filter((i) => !aIds.has(i.itemId)).length;
        expect(different).toBeGreaterThan(30);
        if (level === "4") expect(a!.paper.items.some((i) => i.knowledgePoint.startsWith("4:"))).toBe(true);

        const skill = assembleSkillAssessment({ level, track, tasks, seed: "demo" });
        expect(skill.ok, skill.ok ? "" : skill.reasons.join("\n")).toBe(true);
        if (skill.ok) expect(skill.assessment.totalPoints).toBe(100);
      });
    }
});
