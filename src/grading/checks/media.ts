// Image and video checks over the probe's evidence, file by file.
import type { z } from "zod";
import type { Aspect, ImageSpecSchema, VideoSpecSchema } from "./spec";
import { Tally } from "./tally";
import { PROBE_ERROR_KEYS, type CheckEvidence, type FileEvidence, type ProbeErrorKey } from "./types";

type ImageSpec = z.infer<typeof ImageSpecSchema>;
type VideoSpec = z.infer<typeof VideoSpecSchema>;

const FORMAT_ALIASES: Record<string, string> = { jpg: "jpeg", heif: "heic", tif: "tiff", mpg: "mpeg", mkv: "mkv", matroska: "mkv", quicktime: "mov" };

/** Lower-case canonical format name (jpg → jpeg, heif → heic, tif → tiff). */
export function canonicalFormat(format: string): string {
  const f = format.trim().toLowerCase();
  return FORMAT_ALIASES[f] ?? f;
}

/**
 * Whether width × height has the aspect w:h within the relative tolerance:
 * |(W/H) / (w/h) − 1| ≤ tolerance  ⇔  |W·h − H·w| ≤ tolerance · H · w, evaluated exactly in
 * integers (the tolerance has at most 4 decimals, so it is a whole number of ten-thousandths).
 * An edge exactly at the tolerance passes.
 */
export function aspectWithin(width: number, height: number, aspect: Aspect): boolean {
  const tol = BigInt(Math.round(aspect.tolerance * 10_000));
  const W = BigInt(width);
  const H = BigInt(height);
  const w = BigInt(aspect.w);
  const h = BigInt(aspect.h);
  const diff = W * h - H * w;
  return (diff < 0n ? -diff : diff) * 10_000n <= tol * H * w;
}

function percent(tolerance: number): string {
  return `${Math.round(tolerance * 10_000) / 100}%`;
}

function isDimension(n: unknown): n is number {
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0;
}

/** Conditions of the spec for one file's dimensions and format (each set option is one). */
function dimensionConditions(
  tally: Tally,
  name: string,
  format: string,
  width: number | undefined,
  height: number | undefined,
  spec: { formats?: readonly string[]; minWidth?: number; minHeight?: number; aspect?: Aspect },
) {
  if (spec.formats) {
    const f = canonicalFormat(format);
    const ok = spec.formats.includes(f);
    tally.add(ok, {
      key: ok ? "checks.media.formatOk" : "checks.media.formatBad",
      params: { name, format: f.toUpperCase(), allowed: spec.formats.map((x) => x.toUpperCase()).join("/") },
    });
  }
  const known = isDimension(width) && isDimension(height);
  if (spec.minWidth !== undefined) {
    const ok = known && width >= spec.minWidth;
    tally.add(ok, { key: ok ? "checks.media.widthOk" : "checks.media.widthBad", params: { name, width: width ?? "?", min: spec.minWidth } });
  }
  if (spec.minHeight !== undefined) {
    const ok = known && height >= spec.minHeight;
    tally.add(ok, { key: ok ? "checks.media.heightOk" : "checks.media.heightBad", params: { name, height: height ?? "?", min: spec.minHeight } });
  }
  if (spec.aspect) {
    const ok = known && aspectWithin(width, height, spec.aspect);
    tally.add(ok, {
      key: ok ? "checks.media.aspectOk" : "checks.media.aspectBad",
      params: { name, width: width ?? "?", height: height ?? "?", ratio: `${spec.aspect.w}:${spec.aspect.h}`, tolerance: percent(spec.aspect.tolerance) },
    });
  }
}

function conditionsPerFile(spec: ImageSpec | VideoSpec): number {
  let n = (spec.formats ? 1 : 0) + (spec.minWidth !== undefined ? 1 : 0) + (spec.minHeight !== undefined ? 1 : 0) + (spec.aspect ? 1 : 0);
  if (spec.kind === "video") n += (spec.minSeconds !== undefined ? 1 : 0) + (spec.maxSeconds !== undefined ? 1 : 0);
  return n;
}

/** A file that cannot be checked fails all of its conditions, with the reason as the finding. */
function unusable(tally: Tally, file: FileEvidence, n: number, notKind: "checks.file.notImage" | "checks.file.notVideo") {
  if (file.error) {
    const key: ProbeErrorKey | "checks.file.error" = (PROBE_ERROR_KEYS as readonly string[]).includes(file.error) ? (file.error as ProbeErrorKey) : "checks.file.error";
    tally.add(false, { key, params: key === "checks.file.error" ? { name: file.name, reason: file.error } : { name: file.name } });
  } else tally.add(false, { key: notKind, params: { name: file.name } });
  tally.fail(n - 1);
}

function eachFile(
  spec: ImageSpec | VideoSpec,
  evidence: CheckEvidence,
  body: (tally: Tally, file: FileEvidence) => boolean,
  notKind: "checks.file.notImage" | "checks.file.notVideo",
): Tally {
  const tally = new Tally();
  const n = conditionsPerFile(spec);
  const files = evidence.files ?? [];
  if (files.length === 0) return tally.add(false, { key: "checks.evidence.noFile" }).fail(n - 1);
  for (const file of files) if (!body(tally, file)) unusable(tally, file, n, notKind);
  return tally;
}

/** Every submitted file is checked; each set option is one condition per file. */
export function checkImage(spec: ImageSpec, evidence: CheckEvidence): Tally {
  return eachFile(
    spec,
    evidence,
    (tally, file) => {
      if (!file.image || file.error) return false;
      dimensionConditions(tally, file.name, file.image.format, file.image.width, file.image.height, spec);
      return true;
    },
    "checks.file.notImage",
  );
}

/**
 * Every submitted file is checked. Durations compare in whole milliseconds, bounds inclusive
 * (“60 秒以内” allows 60.000 s, not 60.001 s).
 */
export function checkVideo(spec: VideoSpec, evidence: CheckEvidence): Tally {
  return eachFile(
    spec,
    evidence,
    (tally, file) => {
      const v = file.video;
      if (!v || file.error || !Number.isFinite(v.durationSeconds)) return false;
      dimensionConditions(tally, file.name, v.format, v.width, v.height, spec);
      const ms = Math.round(v.durationSeconds * 1000);
      const seconds = ms / 1000;
      if (spec.minSeconds !== undefined) {
        const ok = ms >= Math.round(spec.minSeconds * 1000);
        tally.add(ok, { key: ok ? "checks.video.durationOk" : "checks.video.durationUnderMin", params: { name: file.name, seconds, min: spec.minSeconds } });
      }
      if (spec.maxSeconds !== undefined) {
        const ok = ms <= Math.round(spec.maxSeconds * 1000);
        tally.add(ok, { key: ok ? "checks.video.durationOk" : "checks.video.durationOverMax", params: { name: file.name, seconds, max: spec.maxSeconds } });
      }
      return true;
    },
    "checks.file.notVideo",
  );
}
