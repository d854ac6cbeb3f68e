import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";

export default async function AdminHome() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin" });
  const { t } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <ul className="list-disc space-y-1 pl-6">
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
