import Link from "next/link";
import { LEVEL_CODES, TRACK_CODES } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { listClasses } from "@/server/classes/list-classes";
import { CandidateFilterSchema, listCandidates } from "@/server/candidates/list-candidates";
import { getTranslator } from "@/server/i18n";
import { FilterForm, type FilterField } from "@/ui/filter-form";
import { Pager } from "@/ui/pager";
import { assignToClassAction } from "./class-actions";

const STATUSES = ["ELIGIBLE", "NOT_ELIGIBLE", "APPROVED", "REJECTED"] as const;

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/candidates" });
  const { t } = await getTranslator();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => !!e[1]));
  const parsed = CandidateFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : CandidateFilterSchema.parse({});
  const list = await listCandidates(filter);
  const { classes } = await listClasses({ caller: user });
  const { added, already, classError, ...query } = raw;
  const back = `/admin/candidates?${new URLSearchParams(query)}`;
  const fields: FilterField[] = [
    { name: "level", label: t("candidates.filter.level"), options: LEVEL_CODES.map((v) => ({ value: v, label: t(`standard.level.${v}`) })) },
    { name: "track", label: t("candidates.filter.track"), options: TRACK_CODES.map((v) => ({ value: v, label: t(`standard.track.${v}`) })) },
    { name: "status", label: t("candidates.filter.status"), options: STATUSES.map((v) => ({ value: v, label: t(`eligibility.status.${v}`) })) },
  ];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("candidates.title")}</h1>
        <Link href="/admin/candidates/import" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
          {t("admin.import")}
        </Link>
      </div>
      <FilterForm t={t} fields={fields} values={raw} search={{ name: "q", label: t("candidates.filter.q") }} />
      <p>{t("candidates.total", { total: list.total })}</p>
      {added !== undefined && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
          {t("classes.assign.done", { added, already: already ?? "0" })}
        </p>
      )}
      {classError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {classError}
        </p>
      )}
      {classes.length === 0 ? (
        <p className="text-sm text-slate-600">{t("classes.assign.none")}</p>
      ) : (
        <form id="assign-class" action={assignToClassAction} className="flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="back" value={back} />
          <label className="flex flex-col">
            {t("classes.assign.label")}
            <select name="classId" className="mt-1 rounded border border-slate-300 px-2 py-1">
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-400 px-3 py-1.5">
            {t("classes.assign.submit")}
          </button>
        </form>
      )}
      {list.rows.length === 0 ? (
        <p>{t("candidates.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("candidates.title")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                <th scope="col" className="border px-2 py-1">
                  <span className="sr-only">{t("classes.assign.title")}</span>
                </th>
                {(["name", "ticket", "idNumber", "gender", "level", "track", "status", "password"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">
                    {t(`candidates.col.${c}`)}
                  </th>
                ))}
                <th scope="col" className="border px-2 py-1">
                  {t("classes.col.classes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id}>
                  <td className="border px-2 py-1">
                    <input type="checkbox" form="assign-class" name="candidateId" value={r.id} aria-label={t("classes.assign.select", { name: r.name })} />
                  </td>
                  <td className="border px-2 py-1">
                    <Link href={`/admin/candidates/${r.id}`} className="text-blue-700 underline">
                      {r.name}
                    </Link>
                  </td>
                  <td className="border px-2 py-1 font-mono">{r.ticketNumber}</td>
                  <td className="border px-2 py-1 font-mono">{r.idNumberMasked}</td>
                  <td className="border px-2 py-1">{r.gender}</td>
                  <td className="border px-2 py-1">{t(`standard.level.${r.level as "5" | "4"}`)}</td>
                  <td className="border px-2 py-1">{t(`standard.track.${r.track as "online-merchant" | "cross-border"}`)}</td>
                  <td className="border px-2 py-1">{t(`eligibility.status.${r.eligibilityStatus}`)}</td>
                  <td className="border px-2 py-1">{r.passwordIssued ? t("candidates.passwordIssued") : t("candidates.passwordNotIssued")}</td>
                  <td className="border px-2 py-1">{r.classes.join("、") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager t={t} path="/admin/candidates" query={query} page={list.page} pageSize={list.pageSize} total={list.total} />
    </div>
  );
}
