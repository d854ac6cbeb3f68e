import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { getWorkflow } from "@/server/workflow/workflow";
import { WorkflowView } from "@/ui/admin/workflow-view";

export const dynamic = "force-dynamic";

export default async function AdminHome() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin" });
  const { t, locale } = await getTranslator();
  const workflow = await getWorkflow();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("flow.title")}</h1>
      <p className="text-slate-700">{t("flow.intro")}</p>
      <WorkflowView t={t} locale={locale} workflow={workflow} />
      <h2 className="text-xl font-semibold">{t("flow.allLinks")}</h2>
      <ul className="grid list-disc gap-x-8 gap-y-1 pl-6 sm:grid-cols-2 lg:grid-cols-3">
        <li>
          <Link className="text-blue-700 underline" href="/admin/candidates">
            {t("admin.candidates")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/candidates/import">
            {t("admin.import")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/items">
            {t("admin.items")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/items/coverage">
            {t("admin.coverage")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/papers">
            {t("admin.papers")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/tasks">
            {t("admin.tasks")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/rooms">
            {t("admin.rooms")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/sessions">
            {t("admin.sessions")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/results">
            {t("admin.results")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/statistics">
            {t("admin.statistics")}
          </Link>
        </li>
        <li>
          <Link className="text-blue-700 underline" href="/admin/analytics">
            {t("analytics.title")}
          </Link>
        </li>
        {(["certificates", "decisions", "reviews", "resits", "photos"] as const).map((k) => (
          <li key={k}>
            <Link className="text-blue-700 underline" href={`/admin/${k}`}>
              {t(`cert.adminLink.${k}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
