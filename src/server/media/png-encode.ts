// A minimal PNG encoder for generated images (the demo bank's materials, test files): 8-bit RGB,
// no filter (each row starts with filter byte 0), one IDAT. PNG specification (W3C, 2003), §5
// chunk layout with CRC-32, §11.2.2 IHDR.
import { crc32, deflateSync } from "node:zlib";

/**
 * Encodes `raw` — `height` rows of (1 filter byte = 0, then width × 3 bytes R, G, B) — as a PNG.
 * `level` is zlib's compression level (0 stores the pixels uncompressed: a large file; default 6).
 * Throws RangeError when `raw` has not exactly height × (1 + width × 3) bytes.
 */
export function encodeRgbPng(width: number, height: number, raw: Buffer, level = 6): Buffer {
  if (raw.length !== height * (1 + width * 3)) throw new RangeError(`raw pixel data must be ${height * (1 + width * 3)} bytes, got ${raw.length}`);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour (RGB)
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level })), chunk("IEND", Buffer.alloc(0))]);
}
