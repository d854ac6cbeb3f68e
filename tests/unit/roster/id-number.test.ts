import { describe, expect, it } from "vitest";
import { idCheckChar, maskIdNumber, maskPhone, normaliseIdNumber, validateIdNumber } from "@/server/roster/id-number";
import { makeId, NOW, withWrongCheck } from "./helpers";

describe("validateIdNumber (GB 11643-1999)", () => {
  it("accepts a valid number and derives birth date and gender", () => {
    // 11010519491231002X is the worked example of GB 11643-1999 (check character X).
    expect(validateIdNumber("11010519491231002X", NOW)).toEqual({
      ok: true,
      id: "11010519491231002X",
      birthDate: "1949-12-31",
      gender: "女",
    });
    const male = makeId("19900307", "001");
    expect(validateIdNumber(male, NOW)).toEqual({ ok: true, id: male, birthDate: "1990-03-07", gender: "男" });
  });

  it("computes the check character with weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 mod 11", () => {
    expect(idCheckChar("11010519491231002")).toBe("X");
    expect(idCheckChar("11010119900307001")).toBe("1");
    expect(() => idCheckChar("123")).toThrow();
  });

  it("rejects a wrong check digit", () => {
    expect(validateIdNumber(withWrongCheck(makeId("19900307", "001")), NOW)).toEqual({ ok: false, reason: "checksum" });
  });

  it("accepts lowercase x and normalises it to X", () => {
    expect(validateIdNumber("11010519491231002x", NOW)).toMatchObject({ ok: true, id: "11010519491231002X" });
  });

  it("trims spaces and normalises full-width digits", () => {
    expect(validateIdNumber("  110105 1949 1231 002X ", NOW)).toMatchObject({ ok: true, id: "11010519491231002X" });
    expect(normaliseIdNumber("１１０１０５１９４９１２３１００２ｘ")).toBe("11010519491231002X");
    expect(validateIdNumber("１１０１０５１９４９１２３１００２Ｘ", NOW)).toMatchObject({ ok: true });
  });

  it("rejects 17 characters and 19 characters as length", () => {
    expect(validateIdNumber("11010519491231002", NOW)).toEqual({ ok: false, reason: "length" });
    expect(validateIdNumber("11010519491231002X1", NOW)).toEqual({ ok: false, reason: "length" });
    expect(validateIdNumber("", NOW)).toEqual({ ok: false, reason: "length" });
  });

  it("rejects letters other than a final X as format", () => {
    expect(validateIdNumber("1101051949123100XX", NOW)).toEqual({ ok: false, reason: "format" });
    expect(validateIdNumber("11010519491231002A", NOW)).toEqual({ ok: false, reason: "format" });
  });

  it("rejects impossible, pre-1900 and future birth dates", () => {
    const bad = (birth: string) => validateIdNumber(makeId(birth, "001"), NOW);
    expect(bad("19900230")).toEqual({ ok: false, reason: "birthdate" });
    expect(bad("19901301")).toEqual({ ok: false, reason: "birthdate" });
    expect(bad("19900100")).toEqual({ ok: false, reason: "birthdate" });
    expect(bad("18991231")).toEqual({ ok: false, reason: "birthdate" });
    expect(bad("20260302")).toEqual({ ok: false, reason: "birthdate" }); // after NOW
    expect(bad("20000229")).toMatchObject({ ok: true }); // leap day
    expect(bad("19000229")).toEqual({ ok: false, reason: "birthdate" }); // 1900 is not a leap year
    expect(bad("20260301")).toMatchObject({ ok: true }); // born today (Shanghai)
  });
});

describe("masking", () => {
  it("keeps the first 3 and last 4 characters of an ID number", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110***********002X");
    expect(maskIdNumber("11010519491231002X")).toHaveLength(18);
    expect(maskIdNumber("1234567")).toBe("*******");
  });

  it("masks an 11-digit mobile as 138****5678, otherwise keeps the last 4", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("0753-1234567")).toBe("********4567");
    expect(maskPhone("123")).toBe("***");
  });
});
