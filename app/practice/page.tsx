import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { getProgress } from "@/server/practice/get-progress";
import { contentTitle } from "@/ui/practice/labels";
import { PracticeTree } from "@/ui/practice/practice-tree";
import { StartDrillButton } from "@/ui/practice/start-form";

export const dynamic = "force-dynamic";

// Candidate only, their own practice: the tree of the standard with mastery, what to practise
// next, and the ways in (weakest, wrong-answer book, mock exam, progress).
export default async function PracticePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: "/practice" });
  const { t } = await getTranslator();
  const p = await getProgress({ candidateId: user.candidateId! });
  const { error } = await searchParams;
  const withLevel = p.level === "4";
  const card = "flex min-h-14 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-3 text-center text-base font-medium hover:bg-slate-50";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("practice.title")}</h1>
        <p className="text-slate-700">{t("practice.levelTrack", { level: t(`standard.level.${p.level}`), track: t(`standard.track.${p.track}`) })}</p>
        <p className="text-slate-700">
          {p.streak.current > 0 ? t("practice.streak", { days: p.streak.current }) : t("practice.streak.none")}
          {p.streak.longest > 0 && ` · ${t("practice.streak.longest", { days: p.streak.longest })}`} · {t("practice.poolSize", { count: p.poolSize })}
        </p>
      </header>
      {error && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-800">
          <p className="font-semibold">{t("practice.error.title")}</p>
          <p>{error}</p>
        </div>
      )}
      {p.poolSize === 0 && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
          {t("practice.empty")}
        </p>
      )}
      <nav aria-label={t("practice.actions")} className="grid grid-cols-2 gap-3">
        <StartDrillButton fields={{ mode: "weakest" }} variant="primary" wide>
          {t("practice.weakest")}
        </StartDrillButton>
        <Link href="/practice/mistakes" className={card}>
          {t("practice.mistakesCount", { count: p.openMistakes })}
        </Link>
        <Link href="/practice/mocks" className={card}>
          {t("practice.mock")}
        </Link>
        <Link href="/practice/progress" className={card}>
          {t("practice.progress")}
        </Link>
      </nav>
      <section aria-labelledby="next" className="space-y-2">
        <h2 id="next" className="text-xl font-semibold">
          {t("practice.next.title")}
        </h2>
        {p.next.length === 0 ? (
          <p className="text-slate-600">{t("practice.next.none")}</p>
        ) : (
          <ul className="space-y-2">
            {p.next.map((s) => (
              <li key={s.kind === "mistakes" ? "mistakes" : s.content} className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
                <span>
                  {s.kind === "mistakes"
                    ? t("practice.next.mistakes", { count: s.count })
                    : s.reason === "weak"
                      ? t("practice.next.weak", { name: contentTitle(t, s.content, withLevel), percent: s.percent ?? 0, points: s.points })
                      : t("practice.next.new", { name: contentTitle(t, s.content, withLevel), points: s.points })}
                </span>
                <StartDrillButton fields={s.kind === "mistakes" ? { mode: "mistakes" } : { mode: "content", kind: "content", value: s.content }}>
                  {t("practice.next.start")}
                </StartDrillButton>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tree" className="space-y-2">
        <h2 id="tree" className="text-xl font-semibold">
          {t("practice.tree.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("practice.tree.help")}</p>
        <PracticeTree t={t} tree={p.tree} contents={p.contents} byArea={p.byArea} withLevel={withLevel} />
      </section>
    </div>
  );
}
