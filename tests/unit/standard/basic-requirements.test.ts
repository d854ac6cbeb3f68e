import { describe, expect, it } from "vitest";
import { standard } from "@/standard";
import { NORMALISED_SOURCE, normalise, parseBasics, parseCodeOfConduct } from "./source-text";

describe("basic requirements (section 2)", () => {
  const groups = parseBasics();

  it("has the 11 basic-knowledge groups 2.2.1–2.2.11 of the text, with their names", () => {
    expect(groups).toHaveLength(11);
    expect(standard.basics.map((g) => [g.code, g.name])).toEqual(groups.map((g) => [g.code, g.name]));
  });

  it("each group has the text's items, verbatim and in order", () => {
    for (const g of groups) {
      const data = standard.basics.find((d) => d.code === g.code);
      expect(data?.items.length, g.code).toBe(g.items.length);
      expect(data?.items.map((i) => i.text)).toEqual(g.items);
      data?.items.forEach((item, i) => {
        expect(item.number).toBe(i + 1);
        expect(item.code).toBe(`${g.code}.${i + 1}`);
        expect(NORMALISED_SOURCE).toContain(normalise(`(${item.number}) ${item.text}`));
      });
    }
  });

  it("ethics: 2.1.1 heading and the 4 items of 2.1.2 职业守则 from the text", () => {
    const conduct = parseCodeOfConduct();
    expect(conduct).toHaveLength(4);
    expect(standard.ethics.codeOfConduct.items.map((i) => i.text)).toEqual(conduct);
    expect(standard.ethics.codeOfConduct.items.map((i) => i.code)).toEqual(["2.1.2.1", "2.1.2.2", "2.1.2.3", "2.1.2.4"]);
    expect(NORMALISED_SOURCE).toContain(`2.1.1 ${standard.ethics.basicKnowledge.name}`);
    expect(NORMALISED_SOURCE).toContain(`2.1.2 ${standard.ethics.codeOfConduct.name}`);
  });
});
