import { describe, expect, it } from "vitest";
import { maskName } from "@/server/certificates/mask-name";
import { DEFAULT_NUMBER_PATTERN, formatCertificateNumber, maxSerial, normaliseCertificateNumber, numberPrefix, parseNumberPattern } from "@/server/certificates/number-pattern";
import { cropBox } from "@/server/photos/prepare-photo";
import { sniffImage } from "@/server/photos/sniff-image";

const v = { school: "MZNX", year: 2026, level: "5", track: "cross-border" };

describe("certificate number pattern", () => {
  it("default: school code, year, level, 5-digit serial", () => {
    expect(formatCertificateNumber(DEFAULT_NUMBER_PATTERN, v, 1)).toBe("MZNX2026500001");
    expect(formatCertificateNumber(DEFAULT_NUMBER_PATTERN, { ...v, level: "4" }, 123)).toBe("MZNX2026400123");
    expect(maxSerial(DEFAULT_NUMBER_PATTERN)).toBe(99999);
    expect(() => formatCertificateNumber(DEFAULT_NUMBER_PATTERN, v, 100000)).toThrow(RangeError);
    expect(() => formatCertificateNumber(DEFAULT_NUMBER_PATTERN, v, 0)).toThrow(RangeError);
  });
  it("every token, literals and the serial's width", () => {
    expect(formatCertificateNumber("DZ-{school}-{yy}{level}{track}-{serial:3}", v, 7)).toBe("DZ-MZNX-2652-007");
    expect(formatCertificateNumber("{serial:8}{school}", v, 42)).toBe("00000042MZNX");
  });
  it("the counter key leaves the serial out, so each prefix counts from 1", () => {
    expect(numberPrefix(DEFAULT_NUMBER_PATTERN, v)).toBe("MZNX20265#");
    expect(numberPrefix(DEFAULT_NUMBER_PATTERN, { ...v, year: 2027 })).toBe("MZNX20275#");
    expect(numberPrefix("{school}{serial}", v)).toBe("MZNX#");
  });
  it("refuses patterns without exactly one serial, unknown tokens and other characters, in Chinese", () => {
    const bad = (p: string) => {
      const r = parseNumberPattern(p);
      return r.ok ? null : r.message;
    };
    expect(bad("{school}{year}")).toContain("流水号");
    expect(bad("{serial}{serial}")).toContain("只含一个");
    expect(bad("{school}{month}{serial}")).toContain("{month}");
    expect(bad("{serial:2}")).toContain("3 至 8");
    expect(bad("证书{serial}")).toContain("不允许的字符");
    expect(bad("abc{serial}")).toContain("不允许的字符");
    expect(bad(DEFAULT_NUMBER_PATTERN)).toBeNull();
  });
  it("normalises what people type", () => {
    expect(normaliseCertificateNumber(" mznx 2026\u3000500001 ")).toBe("MZNX2026500001");
  });
});

describe("masked name on the verification page", () => {
  it("keeps the first character only", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName(" 李 ")).toBe("李");
    expect(maskName("")).toBe("");
  });
});

describe("photos", () => {
  it("recognises JPEG and PNG by content only", () => {
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffImage(new Uint8Array(Buffer.from("GIF89a")))).toBeNull();
    expect(sniffImage(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
  it("crops the largest centred 5:7 region (35 × 49 mm)", () => {
    expect(cropBox(1000, 1000)).toEqual({ left: 143, top: 0, width: 714, height: 1000 });
    expect(cropBox(500, 1000)).toEqual({ left: 0, top: 150, width: 500, height: 700 });
    expect(cropBox(413, 579)).toEqual({ left: 0, top: 0, width: 413, height: 578 });
    expect(cropBox(35, 49)).toEqual({ left: 0, top: 0, width: 35, height: 49 });
  });
});
