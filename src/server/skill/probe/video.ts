// Video evidence: container format, duration and displayed size, read by MediaInfo compiled to
// WebAssembly (mediainfo.js): the same on every operating system, no native binary, and a
// damaged or hostile file cannot reach past the WebAssembly sandbox. Reads only the byte ranges
// it asks for, so a large video is never loaded whole.
import mediaInfoFactory, { type MediaInfo, type MediaInfoResult } from "mediainfo.js";
import type { FileEvidence } from "@/grading/checks";
import { inputSize, readRange, type FileInput } from "./input";

type Track = Record<string, unknown> & { "@type": string };

function num(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** MediaInfo's General track → the checks' container name. */
function containerFormat(general: Track): string {
  const format = String(general.Format ?? "").toLowerCase();
  const codec = String(general.CodecID ?? "").trim().toLowerCase();
  const profile = String(general.Format_Profile ?? "").toLowerCase();
  if (format === "mpeg-4") {
    if (codec.startsWith("qt") || profile === "quicktime") return "mov";
    if (codec.startsWith("3g") || profile.startsWith("3gpp")) return "3gp";
    return "mp4";
  }
  const names: Record<string, string> = {
    webm: "webm",
    matroska: "mkv",
    avi: "avi",
    "flash video": "flv",
    "windows media": "wmv",
    "mpeg-ps": "mpeg",
    "mpeg-ts": "mpeg",
  };
  return names[format] ?? (format || "unknown");
}

/**
 * The evidence MediaInfo's tracks give: format, duration (s) and the displayed width × height
 * (a rotation of 90° or 270°, as phones record portrait video, swaps them). Pure, for tests.
 */
export function videoEvidenceFromTracks(name: string, tracks: Track[]): FileEvidence {
  const general = tracks.find((t) => t["@type"] === "General");
  const video = tracks.find((t) => t["@type"] === "Video");
  if (!general || !general.Format) return { name, error: "checks.probe.unreadable" };
  if (!video) return { name, error: "checks.probe.noVideoTrack" };
  const duration = num(general.Duration) ?? num(video.Duration);
  if (duration === undefined) return { name, error: "checks.probe.noDuration" };
  const w = num(video.Width);
  const h = num(video.Height);
  const rotation = Math.round(num(video.Rotation) ?? 0) % 180 !== 0;
  return {
    name,
    video: {
      format: containerFormat(general),
      durationSeconds: duration,
      ...(w && h ? { width: rotation ? h : w, height: rotation ? w : h } : {}),
    },
  };
}

type Analyzer = MediaInfo<"object">;

// One MediaInfo instance per process, used by one analysis at a time: instantiating the
// WebAssembly module costs about 0.3 s of CPU, an analysis of a small file about 15 ms. It holds
// no state between analyses (a cache, not data); it is dropped after any failure.
let analyzer: Promise<Analyzer> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function serially<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

async function analyze(input: FileInput, size: number): Promise<MediaInfoResult> {
  analyzer ??= mediaInfoFactory<"object">({ format: "object" });
  let mediainfo: Analyzer;
  try {
    mediainfo = await analyzer;
  } catch (error) {
    analyzer = null;
    throw error;
  }
  try {
    return await mediainfo.analyzeData(size, (length, offset) => readRange(input, offset, length));
  } catch (error) {
    analyzer = null;
    mediainfo.close();
    throw error;
  }
}

/** Reads a video's evidence; a file MediaInfo cannot make sense of gets a probe error key. */
export async function probeVideo(input: FileInput, name: string): Promise<FileEvidence> {
  const size = await inputSize(input);
  if (size === 0) return { name, error: "checks.probe.unreadable" };
  let result: MediaInfoResult;
  try {
    result = await serially(() => analyze(input, size));
  } catch {
    return { name, error: "checks.probe.unreadable" };
  }
  return videoEvidenceFromTracks(name, (result.media?.track ?? []) as unknown as Track[]);
}
