// The sessions list, grouped by day in Asia/Shanghai (a calendar read top to bottom).
import Link from "next/link";
import type { Translate } from "@/i18n";
import type { LevelCode, TrackCode } from "@/standard";

type Row = {
  id: string;
  name: string;
  mode: string;
  level: string;
  track: string;
  startsAt: Date;
  minutes: number;
  status: string;
  roomNames: string[];
  candidates: number;
};
type Filter = { status?: "draft" | "published" | "closed"; from?: string };

const SHANGHAI = 8 * 3_600_000;
const local = (d: Date) => new Date(d.getTime() + SHANGHAI).toISOString();
export const dayOf = (d: Date) => local(d).slice(0, 10);
export const clockOf = (d: Date) => local(d).slice(11, 16);

export function SessionList({ sessions, filter, t, locale }: { sessions: Row[]; filter: Filter; t: Translate; locale: string }) {
  const days = new Map<string, Row[]>();
  for (const s of sessions) days.set(dayOf(s.startsAt), [...(days.get(dayOf(s.startsAt)) ?? []), s]);
  const weekday = (day: string) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric", weekday: "long" }).format(new Date(`${day}T00:00:00Z`));
  const control = "mt-1 block rounded border border-slate-300 px-2 py-1";
  return (
    <div className="space-y-4">
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <label>
          {t("sessions.filter.from")}
          <input type="text" inputMode="numeric" name="from" defaultValue={filter.from ?? ""} pattern="\d{4}-\d{2}-\d{2}" placeholder="2026-12-01" aria-describedby="from-hint" className={control} />
          <span id="from-hint" className="block text-xs text-slate-600">
            {t("form.dateHint")}
          </span>
        </label>
        <label>
          {t("sessions.filter.status")}
          <select name="status" defaultValue={filter.status ?? ""} className={control}>
            <option value="">{t("sessions.filter.all")}</option>
            {(["draft", "published", "closed"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`sessions.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
          {t("sessions.filter.submit")}
        </button>
      </form>
      {sessions.length === 0 ? (
        <p>{t("sessions.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("sessions.list.caption")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["time", "name", "mode", "levelTrack", "rooms", "candidates", "status"] as const).map((c) => (
                <th key={c} scope="col" className="border px-2 py-1">
                  {t(`sessions.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          {[...days].map(([day, rows]) => (
            <tbody key={day}>
              <tr>
                <th colSpan={7} scope="rowgroup" className="border bg-slate-50 px-2 py-1 text-left">
                  {weekday(day)}
                </th>
              </tr>
              {rows.map((s) => (
                <tr key={s.id}>
                  <td className="border px-2 py-1 whitespace-nowrap">
                    {t("sessions.timeRange", { start: clockOf(s.startsAt), end: clockOf(new Date(s.startsAt.getTime() + s.minutes * 60_000)) })}
                  </td>
                  <td className="border px-2 py-1">
                    <Link href={`/admin/sessions/${s.id}`} className="text-blue-700 underline">
                      {s.name}
                    </Link>
                  </td>
                  <td className="border px-2 py-1">{t(`sessions.mode.${s.mode as "theory"}`)}</td>
                  <td className="border px-2 py-1">
                    {t(`standard.level.${s.level as LevelCode}`)} · {t(`standard.track.${s.track as TrackCode}`)}
                  </td>
                  <td className="border px-2 py-1">{s.roomNames.join("、")}</td>
                  <td className="border px-2 py-1">{s.candidates}</td>
                  <td className="border px-2 py-1">{t(`sessions.status.${s.status as "draft"}`)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </div>
  );
}
