import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { listClasses } from "@/server/classes/list-classes";
import { getTranslator } from "@/server/i18n";
import { createClassAction } from "./actions";

export const dynamic = "force-dynamic";

// Teachers (their classes) and admins (every class, and new classes).
export default async function TeacherPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requirePageUser({ roles: ["ADMIN", "TEACHER"], returnTo: "/teacher" });
  const { t } = await getTranslator();
  const { classes, teachers } = await listClasses({ caller: user });
  const { error } = await searchParams;
  const admin = user.roles.includes("ADMIN");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("teacher.title")}</h1>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {classes.length === 0 ? (
        <p>{t("teacher.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("teacher.classes")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["name", "members", "teachers", "samples"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">
                    {t(`teacher.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {classes.map((c) => (
                <tr key={c.id}>
                  <td className="border px-2 py-2">
                    <Link href={`/teacher/classes/${c.id}`} className="text-blue-700 underline">
                      {c.name}
                    </Link>
                  </td>
                  <td className="border px-2 py-2 tabular-nums">{c.members}</td>
                  <td className="border px-2 py-2">{c.teachers.join("、") || "—"}</td>
                  <td className="border px-2 py-2">{c.samplesPublished ? t("teacher.samples.yes") : t("teacher.samples.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin && (
        <form action={createClassAction} className="max-w-lg space-y-3 rounded border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("teacher.create.title")}</h2>
          <label className="block">
            {t("teacher.create.name")}
            <input name="name" required maxLength={50} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
          </label>
          <fieldset>
            <legend>{t("teacher.create.teachers")}</legend>
            {teachers.length === 0 && <p className="text-sm text-slate-600">{t("teacher.create.noTeachers")}</p>}
            {teachers.map((u) => (
              <label key={u.id} className="mr-4 inline-flex items-center gap-1">
                <input type="checkbox" name="teacherIds" value={u.id} /> {u.name}（{u.username}）
              </label>
            ))}
          </fieldset>
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-white">
            {t("teacher.create.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
