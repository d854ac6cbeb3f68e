import Link from "next/link";
import type { Translate } from "@/i18n";
import type { ReviewRow } from "@/server/reviews/list-reviews";
import { scoreText, shanghaiDay } from "../certificates/labels";

/** Review requests as a table linking to each (`href` gives the reviewer's page). */
export function ReviewTable({ t, locale, rows, href, caption }: { t: Translate; locale: string; rows: ReviewRow[]; href: (id: string) => string; caption: string }) {
  if (rows.length === 0) return <p className="text-slate-600">{t("review.list.none")}</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="bg-slate-100 text-left">
          {(["candidate", "session", "part", "submittedAt", "status", "score", "reviewer"] as const).map((c) => (
            <th key={c} scope="col" className="border px-2 py-1">{t(`review.col.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="border px-2 py-1">
              <Link className="text-blue-700 underline" href={href(r.id)}>
                {t("review.open", { name: r.candidate.name, part: t(`decision.part.${r.part}`) })}
              </Link>
            </td>
            <td className="border px-2 py-1">{r.session.name}</td>
            <td className="border px-2 py-1">{t(`decision.part.${r.part}`)}</td>
            <td className="border px-2 py-1">{shanghaiDay(r.submittedAt, locale)}</td>
            <td className="border px-2 py-1">{t(`review.status.${r.status}`)}</td>
            <td className="border px-2 py-1">
              {scoreText(r.oldScore)}
              {r.newScore !== null && r.newScore !== r.oldScore ? ` → ${scoreText(r.newScore)}` : ""}
            </td>
            <td className="border px-2 py-1">{r.reviewer?.name ?? (r.part === "theory" ? t("review.byAdmin") : "—")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
