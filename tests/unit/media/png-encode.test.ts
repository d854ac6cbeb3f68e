// encodeRgbPng (src/server/media/png-encode.ts) read back by an independent decoder (sharp).
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeRgbPng } from "@/server/media/png-encode";

function raw(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const row = 1 + width * 3;
  const out = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) out.set(pixel(x, y), y * row + 1 + x * 3);
  return out;
}

describe("encodeRgbPng", () => {
  it.each([0, 6, 9])("writes pixels that decode back exactly (zlib level %i)", async (level) => {
    const width = 7;
    const height = 5;
    const png = encodeRgbPng(width, height, raw(width, height, (x, y) => [x * 30, y * 50, (x + y) % 256]), level);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width, height, channels: 3 });
    expect(data[(2 * width + 3) * 3]).toBe(90); // (x 3, y 2): red
    expect(data[(2 * width + 3) * 3 + 1]).toBe(100); // green
    expect(data[(4 * width + 6) * 3 + 2]).toBe(10); // (x 6, y 4): blue
  });

  it("stores uncompressed at level 0, so the file is larger than the pixels", () => {
    const pixels = raw(64, 64, (x, y) => [x, y, 0]);
    expect(encodeRgbPng(64, 64, pixels, 0).length).toBeGreaterThan(pixels.length);
    expect(encodeRgbPng(64, 64, pixels).length).toBeLessThan(pixels.length);
  });

  it("refuses pixel data of the wrong length", () => {
    expect(() => encodeRgbPng(4, 4, Buffer.alloc(10))).toThrow(RangeError);
  });
});
