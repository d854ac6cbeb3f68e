// Labels shared by the certificates, decisions and reviews pages (through the catalogue).
import { formatScore } from "@/grading";
import type { Translate } from "@/i18n";

export const levelTrack = (t: Translate, level: string, track: string): string =>
  `${level === "5" || level === "4" ? t(`standard.level.${level}`) : level} · ${track === "online-merchant" || track === "cross-border" ? t(`standard.track.${track}`) : track}`;

export const scoreText = (h: number | null | undefined): string => (h === null || h === undefined ? "—" : formatScore(h));

export const shanghaiDay = (d: Date | null | undefined, locale: string): string =>
  d ? new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(d) : "—";

export const levelOptions = (t: Translate) => (["5", "4"] as const).map((v) => ({ value: v, label: t(`standard.level.${v}`) }));
export const trackOptions = (t: Translate) => (["online-merchant", "cross-border"] as const).map((v) => ({ value: v, label: t(`standard.track.${v}`) }));
