import Link from "next/link";
import type { Locale, Translate } from "@/i18n";
import { GUIDE_SLUGS, type GuideSlug } from "@/server/help/guides";
import type { RenderedGuide } from "@/server/help/render-guide";

// Typography for the guide's HTML (the app has no typography plugin): headings, lists, tables and
// screenshots framed so they read as pictures of the app, not as the app.
const ARTICLE =
  "space-y-4 leading-7 [&_a]:text-blue-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-2xl [&_h1]:font-bold [&_h2]:pt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:font-semibold [&_img]:max-w-full [&_img]:rounded [&_img]:border [&_img]:border-slate-300 [&_img]:shadow-sm [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-100 [&_th]:px-2 [&_th]:py-1 [&_ul]:list-disc [&_ul]:pl-6";

/**
 * One help page: the list of all guides (the caller's own marked, the current one with
 * aria-current) beside the rendered guide. `current` null is the index (docs/guide/README.md);
 * `yours` are the caller's guides (guidesForRoles), empty for an anonymous visitor. The guide's
 * text is Chinese; the page chrome follows `locale`.
 */
export function GuidePage(props: { t: Translate; locale: Locale; current: GuideSlug | null; yours: readonly GuideSlug[]; guide: RenderedGuide }) {
  const { t, current, yours } = props;
  const item = (href: string, label: string, active: boolean) => (
    <Link href={href} aria-current={active ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded px-2 ${active ? "bg-blue-50 font-semibold text-blue-900" : "text-blue-700 underline"}`}>
      {label}
    </Link>
  );
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <nav aria-label={t("help.guides")} className="space-y-2">
        <p className="font-semibold">{t("help.title")}</p>
        <ul className="flex flex-wrap gap-x-3 md:block md:space-y-1">
          <li>{item("/help", t("help.index"), current === null)}</li>
          {GUIDE_SLUGS.map((slug) => (
            <li key={slug}>
              {item(`/help/${slug}`, t(`help.guide.${slug}`), current === slug)}
              {yours.includes(slug) && <span className="text-sm text-slate-700">{t("help.yours")}</span>}
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 space-y-4">
        {props.locale !== "zh-CN" && <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">{t("help.zhOnly")}</p>}
        <article lang="zh-CN" className={ARTICLE} dangerouslySetInnerHTML={{ __html: props.guide.html }} />
      </div>
    </div>
  );
}
