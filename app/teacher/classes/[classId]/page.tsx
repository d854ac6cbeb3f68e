import Link from "next/link";
import { notFound } from "next/navigation";
import { formatScore, RECENT_WINDOW } from "@/grading";
import { requirePageUser } from "@/server/auth/session";
import { getClassReport } from "@/server/classes/get-class-report";
import { listClasses } from "@/server/classes/list-classes";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { HeatMap } from "@/ui/practice/heat-map";
import { contentTitle } from "@/ui/practice/labels";
import { publishSamplesAction, removeClassMemberAction, setClassTeachersAction } from "../../actions";

export const dynamic = "force-dynamic";

// A teacher of this class, or an admin (another teacher's class is 404): who practised how much,
// the mastery heat map, the items most often wrong, mock results, the sample items and export.
export default async function ClassPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ published?: string }> }) {
  const { classId } = await params;
  const user = await requirePageUser({ roles: ["ADMIN", "TEACHER"], returnTo: `/teacher/classes/${classId}` });
  const { t, locale } = await getTranslator();
  const report = await getClassReport({ classId, caller: user }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const { published } = await searchParams;
  const admin = user.roles.includes("ADMIN");
  const all = admin ? await listClasses({ caller: user }) : null;
  const teachers = all?.teachers ?? [];
  const current = all?.classes.find((c) => c.id === classId)?.teacherIds ?? [];
  const mixed = new Set(report.students.map((s) => s.level)).has("4");
  const contents = report.contents.map((c) => ({ key: c.key, title: contentTitle(t, c.key, mixed) }));
  const score = (h: number | null) => (h === null ? "—" : formatScore(h));
  const th = "border px-2 py-1";
  return (
    <div className="space-y-6">
      <p>
        <Link href="/teacher" className="text-blue-700 underline">
          {t("teacher.title")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("teacher.class.title", { name: report.class.name })}</h1>
        <a href={`/api/teacher/classes/${classId}/export`} className="rounded border border-slate-300 px-3 py-1.5">
          {t("teacher.class.export")}
        </a>
      </div>
      <p>{t("teacher.class.members", { count: report.students.length })}</p>
      {published && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
          {t("teacher.class.published", { count: published })}
        </p>
      )}
      {report.class.samplesPublishedAt ? (
        <p>{t("teacher.class.publishedAt", { time: formatShanghai(report.class.samplesPublishedAt, locale) })}</p>
      ) : (
        <form action={publishSamplesAction}>
          <input type="hidden" name="classId" value={classId} />
          <button type="submit" className="min-h-11 rounded bg-blue-700 px-4 text-white">
            {t("teacher.class.publish")}
          </button>
        </form>
      )}
      <section aria-labelledby="activity" className="space-y-2">
        <h2 id="activity" className="text-xl font-semibold">
          {t("teacher.class.activity")}
        </h2>
        {report.students.length === 0 ? (
          <p>{t("teacher.class.noMembers")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("teacher.class.activity")}</caption>
              <thead>
                <tr className="bg-slate-100 text-left">
                  {(["name", "ticket", "answers", "week", "days", "lastAt", "mistakes", "mocks"] as const).map((c) => (
                    <th key={c} scope="col" className={th}>
                      {t(`teacher.class.col.${c}`)}
                    </th>
                  ))}
                  {admin && <th scope="col" className={th}><span className="sr-only">{t("teacher.class.remove")}</span></th>}
                </tr>
              </thead>
              <tbody>
                {report.students.map((s) => (
                  <tr key={s.candidateId}>
                    <th scope="row" className={`${th} text-left font-normal`}>{s.name}</th>
                    <td className={`${th} font-mono`}>{s.ticketNumber}</td>
                    <td className={`${th} tabular-nums`}>{s.answers}</td>
                    <td className={`${th} tabular-nums`}>
                      {s.week}（{s.weekRight}）
                    </td>
                    <td className={`${th} tabular-nums`}>{s.activeDays}</td>
                    <td className={th}>{s.lastAt ? formatShanghai(s.lastAt, locale) : "—"}</td>
                    <td className={`${th} tabular-nums`}>{s.openMistakes}</td>
                    <td className={`${th} tabular-nums`}>
                      {s.mocks.count} · {score(s.mocks.latest)} / {score(s.mocks.best)}
                    </td>
                    {admin && (
                      <td className={th}>
                        <form action={removeClassMemberAction}>
                          <input type="hidden" name="classId" value={classId} />
                          <input type="hidden" name="candidateId" value={s.candidateId} />
                          <button type="submit" aria-label={t("teacher.class.removeLabel", { name: s.name })} className="text-red-700 underline">
                            {t("teacher.class.remove")}
                          </button>
                        </form>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="heat" className="space-y-2">
        <h2 id="heat" className="text-xl font-semibold">
          {t("teacher.class.heat.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("teacher.class.heat.help", { window: RECENT_WINDOW })}</p>
        {contents.length === 0 ? (
          <p>{t("teacher.class.heat.none")}</p>
        ) : (
          <HeatMap
            caption={t("teacher.class.heat.title")}
            contents={contents}
            students={report.students}
            cellLabel={(name, content, value) => t("teacher.class.heat.cell", { name, content, value })}
          />
        )}
      </section>
      <section aria-labelledby="wrong" className="space-y-2">
        <h2 id="wrong" className="text-xl font-semibold">
          {t("teacher.class.wrong.title")}
        </h2>
        {report.wrongItems.length === 0 ? (
          <p>{t("teacher.class.wrong.none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("teacher.class.wrong.title")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["stem", "content", "wrong", "students", "key"] as const).map((c) => (
                  <th key={c} scope="col" className={th}>
                    {t(`teacher.class.wrong.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.wrongItems.map((w) => (
                <tr key={w.itemId}>
                  <td className={th}>{w.stem ?? t("teacher.class.wrong.hidden")}</td>
                  <td className={th}>{contentTitle(t, w.content, mixed)}</td>
                  <td className={`${th} tabular-nums`}>
                    {w.wrong} / {w.answered}
                  </td>
                  <td className={`${th} tabular-nums`}>{w.students}</td>
                  <td className={th}>{w.key.join("、")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="mocks" className="space-y-2">
        <h2 id="mocks" className="text-xl font-semibold">
          {t("teacher.class.mocks.title")}
        </h2>
        {report.mocks.length === 0 ? (
          <p>{t("teacher.class.mocks.none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("teacher.class.mocks.title")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                <th scope="col" className={th}>{t("teacher.class.col.name")}</th>
                <th scope="col" className={th}>{t("practice.mock.col.time")}</th>
                <th scope="col" className={th}>{t("practice.mock.col.score")}</th>
                <th scope="col" className={th}>{t("practice.mock.col.result")}</th>
              </tr>
            </thead>
            <tbody>
              {[...report.mocks].reverse().map((m) => (
                <tr key={m.id}>
                  <td className={th}>{m.name}</td>
                  <td className={th}>{m.submittedAt ? formatShanghai(m.submittedAt, locale) : "—"}</td>
                  <td className={`${th} tabular-nums`}>{formatScore(m.total)}</td>
                  <td className={th}>{m.passed ? t("results.pass") : t("results.fail")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {admin && (
        <form action={setClassTeachersAction} className="max-w-lg space-y-2 rounded border border-slate-200 bg-white p-4">
          <input type="hidden" name="classId" value={classId} />
          <fieldset>
            <legend className="font-semibold">{t("teacher.class.teachers.title")}</legend>
            {teachers.length === 0 && <p className="text-sm text-slate-600">{t("teacher.create.noTeachers")}</p>}
            {teachers.map((u) => (
              <label key={u.id} className="mr-4 inline-flex items-center gap-1">
                <input type="checkbox" name="teacherIds" value={u.id} defaultChecked={current.includes(u.id)} /> {u.name}（{u.username}）
              </label>
            ))}
          </fieldset>
          <button type="submit" className="rounded border border-slate-400 px-3 py-1.5">
            {t("teacher.class.teachers.save")}
          </button>
        </form>
      )}
    </div>
  );
}
