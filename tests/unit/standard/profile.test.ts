import { describe, expect, it } from "vitest";
import { standard } from "@/standard";
import { LINES, NORMALISED_SOURCE, SOURCE, normalise } from "./source-text";

// Texts broken across a page by a footnote (1.5, 1.8.1 L4-3) are rejoined in the data: compare
// against the source with the footnote lines taken out, and with all spaces removed.
const compact = (s: string) => normalise(s).replace(/ /g, "");
const WITHOUT_FOOTNOTES = LINES.filter((l) => !/^\^?[①②③]\s/.test(l.trim())).join("\n");
const inSource = (t: string) => compact(WITHOUT_FOOTNOTES).includes(compact(t)) || compact(SOURCE).includes(compact(t));

describe("profile (section 1)", () => {
  const p = standard.profile;

  it("levels and training hours", () => {
    expect(p.levels).toEqual([
      { code: "5", name: "五级/初级工", trainingHours: 96 },
      { code: "4", name: "四级/中级工", trainingHours: 80 },
    ]);
    expect(NORMALISED_SOURCE).toContain("五级/初级工 96 标准学时，四级/中级工 80 标准学时");
  });

  it("tracks come from the footnote to 1.1", () => {
    expect(p.tracks.map((t) => t.name)).toEqual(["网商", "跨境电子商务师"]);
    expect(NORMALISED_SOURCE).toContain(p.occupationNameFootnote);
    expect(NORMALISED_SOURCE).toContain(`1.1 职业名称 ${p.occupationNameAsWritten}。`);
  });

  it("every descriptive text is in the source (page breaks rejoined)", () => {
    const texts = [
      p.definition,
      p.environment.text,
      p.abilityTraits.text,
      p.education,
      p.assessment.text,
      p.assessment.passText,
      ...p.assessment.modes.map((m) => m.methodsText),
      p.ratios.text,
      p.ratios.theory.text,
      p.ratios.skill.text,
      p.ratios.review.text,
      p.minMinutes.text,
      p.venues.text,
      p.venues.theory.text,
      p.venues.skill.text,
      p.venues.review.text,
      ...standard.eligibility.rules.map((r) => r.text),
      standard.eligibility.intro["5"],
      standard.eligibility.intro["4"],
      standard.eligibility.relatedOccupationsText,
      standard.eligibility.relatedMajorsText,
    ];
    for (const t of texts) expect(inSource(t), t).toBe(true);
  });

  it("assessment numbers", () => {
    expect(p.assessment.passMark).toBe(60);
    expect(p.assessment.fullMark).toBe(100);
    expect(p.minMinutes).toMatchObject({ theory: 90, skill: 90, review: 15 });
    expect(p.ratios.theory).toMatchObject({ maxCandidatesPerStaff: 15, minStaffPerRoom: 2 });
    expect(p.ratios.skill).toMatchObject({ maxCandidatesPerStaff: 15, minStaff: 3, oddNumber: true });
    expect(p.ratios.review).toMatchObject({ minStaff: 3, oddNumber: true });
    expect(p.venues.theory.venues).toEqual(["standard-classroom", "computer-room"]);
    expect(p.venues.skill.venues).toEqual(["lan-internet-computer-room"]);
    expect(p.venues.review.venues).toEqual(["standard-classroom", "meeting-room"]);
    expect(p.assessment.modes.map((m) => m.mode)).toEqual(["theory", "skill", "review"]);
  });

  it("related occupations (17) and majors (7) are the footnotes' lists", () => {
    const e = standard.eligibility;
    expect(e.relatedOccupations).toHaveLength(17);
    expect(e.relatedOccupationsText).toBe(`相关职业：${e.relatedOccupations.join("、")}等，下同。`);
    expect(e.relatedMajors).toHaveLength(7);
    expect(e.relatedMajorsText).toBe(`技工学校本专业或相关专业：${e.relatedMajors.join("、")}等。`);
  });
});
