// The admin home's workflow: one section per level · track with its ten steps (done, next, to
// do), the next step's blocker and link, and today's and tomorrow's sessions. Server component.
import Link from "next/link";
import type { Translate } from "@/i18n";
import type { Workflow } from "@/server/workflow/workflow";
import { formatShanghai } from "@/server/format";

const MARK = { done: "✓", next: "→", todo: "·" } as const;

export function WorkflowView({ t, locale, workflow }: { t: Translate; locale: string; workflow: Workflow }) {
  const level = (l: string) => t(`standard.level.${l as "5" | "4"}`);
  const track = (tr: string) => t(`standard.track.${tr as "online-merchant" | "cross-border"}`);
  return (
    <div className="space-y-6">
      <section aria-labelledby="flow-days" className="space-y-2">
        <h2 id="flow-days" className="text-xl font-semibold">
          {t("flow.days.title")}
        </h2>
        {workflow.days.length === 0 ? (
          <p className="text-slate-700">{t("flow.days.none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("flow.days.title")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["day", "time", "session", "candidates", "state"] as const).map((k) => (
                  <th key={k} scope="col" className="border px-2 py-1">
                    {t(`flow.days.col.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {workflow.days.map((s) => (
                <tr key={s.id}>
                  <td className="border px-2 py-1">{t(`flow.days.${s.day}`)}</td>
                  <td className="border px-2 py-1">
                    {formatShanghai(s.startsAt, locale)}（{s.minutes}′）
                  </td>
                  <td className="border px-2 py-1">
                    <Link href={`/admin/sessions/${s.id}`} className="text-blue-700 underline">
                      {s.name}
                    </Link>
                    <span className="ml-1 text-slate-700">
                      {level(s.level)} · {track(s.track)}
                    </span>
                  </td>
                  <td className="border px-2 py-1 text-right">{s.candidates}</td>
                  <td className="border px-2 py-1">{t(`flow.dayState.${s.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        {workflow.lanes.map((lane) => {
          const title = t("flow.lane", { level: level(lane.level), track: track(lane.track) });
          const next = lane.steps.find((s) => s.state === "next");
          const id = `lane-${lane.level}-${lane.track}`;
          return (
            <section key={id} aria-labelledby={id} className="space-y-2 rounded border border-slate-300 bg-white p-4">
              <h2 id={id} className="text-lg font-semibold">
                {title}
              </h2>
              <p className="font-medium" data-testid={`next-${lane.level}-${lane.track}`}>
                {next ? t("flow.next", { step: t(`flow.step.${next.key}`) }) : t("flow.allDone")}
              </p>
              {next?.blocker && (
                <p className="rounded bg-amber-50 px-2 py-1 text-amber-900">
                  {next.blocker}{" "}
                  <Link href={next.href} className="text-blue-700 underline">
                    {t("flow.go", { step: t(`flow.step.${next.key}`) })}
                  </Link>
                </p>
              )}
              <ol className="space-y-1 text-sm">
                {lane.steps.map((s) => (
                  <li key={s.key} className={`flex flex-wrap gap-x-2 ${s.state === "next" ? "font-semibold" : s.state === "done" ? "text-green-900" : "text-slate-700"}`}>
                    <span aria-hidden="true" className="w-4">
                      {MARK[s.state]}
                    </span>
                    <Link href={s.href} className="underline">
                      {t(`flow.step.${s.key}`)}
                    </Link>
                    <span>（{t(`flow.state.${s.state}`)}）</span>
                    <span>{s.count}</span>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </div>
  );
}
