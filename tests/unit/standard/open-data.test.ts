import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AREA_CODES, LEVEL_CODES, TRACK_CODES, standard, toOpenData, weightsFor } from "@/standard";

const data = toOpenData();

describe("toOpenData", () => {
  it("JSON round-trips unchanged", () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it("returns a fresh copy each call (mutating it does not touch the standard)", () => {
    const a = toOpenData();
    a.levels[0]!.name = "changed";
    expect(toOpenData().levels[0]?.name).toBe("五级/初级工");
  });

  it("has every listed field", () => {
    for (const k of ["levels", "tracks", "workContents", "weights", "basics", "ethics", "rules", "eligibility", "profile", "duties"])
      expect(data, k).toHaveProperty(k);
    expect(data.levels).toEqual([
      { code: "5", name: "五级/初级工", trainingHours: 96 },
      { code: "4", name: "四级/中级工", trainingHours: 80 },
    ]);
    expect(data.tracks).toEqual([
      { code: "online-merchant", name: "网商" },
      { code: "cross-border", name: "跨境电子商务师" },
    ]);
    expect(data.duties).toHaveLength(6);
    expect(data.basics).toHaveLength(11);
    for (const g of data.basics) expect(Object.keys(g).sort()).toEqual(["code", "items", "name"]);
    expect(data.ethics.codeOfConduct.items).toHaveLength(4);
    expect(data.rules.passMark).toBe(60);
    expect(data.rules.fullMark).toBe(100);
    expect(data.rules.minMinutes).toEqual({ theory: 90, skill: 90, review: 15 });
    expect(data.rules.ratios.theory).toMatchObject({ maxCandidatesPerStaff: 15, minStaffPerRoom: 2 });
    expect(data.rules.venues.skill.venues).toEqual(["lan-internet-computer-room"]);
    expect(data.eligibility.rules).toHaveLength(5);
    expect(data.eligibility.relatedOccupations).toHaveLength(17);
    expect(data.eligibility.relatedMajors).toHaveLength(7);
    expect(data.profile.occupationName).toBe("电子商务师");
  });

  it("workContents carry level, duty, code, name, tracks, skills and knowledge", () => {
    expect(data.workContents).toHaveLength(standard.workContents.length);
    for (const c of data.workContents) {
      expect(Object.keys(c).sort()).toEqual(["code", "duty", "knowledge", "level", "name", "skills", "tracks"]);
      for (const i of [...c.skills, ...c.knowledge]) expect(Object.keys(i).sort()).toEqual(["code", "text"]);
    }
  });

  it("weights: every level x track x area present in both tables, zero areas as 0", () => {
    for (const kind of ["theory", "skill"] as const) {
      const rows = data.weights[kind];
      expect(rows).toHaveLength(LEVEL_CODES.length * TRACK_CODES.length * AREA_CODES.length);
      for (const level of LEVEL_CODES)
        for (const track of TRACK_CODES)
          for (const area of AREA_CODES) {
            const row = rows.filter((r) => r.level === level && r.track === track && r.area === area);
            expect(row, `${kind} ${level} ${track} ${area}`).toHaveLength(1);
            expect(row[0]?.percent).toBe(weightsFor(kind, level, track)[area]);
          }
    }
    expect(data.weights.theory.find((r) => r.level === "5" && r.track === "cross-border" && r.area === "5")?.percent).toBe(0);
  });

  it("scripts/standard-json.ts prints the same JSON under tsx", () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/standard-json.ts"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(JSON.parse(out)).toEqual(data);
  }, 30_000);
});
