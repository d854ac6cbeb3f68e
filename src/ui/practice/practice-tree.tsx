// The practice tree (server component): areas → work contents → knowledge items from the
// standard, each with its number of practice items, the candidate's mastery and a button to
// drill it. Collapsible (<details>) so it reads on a phone.
import type { PracticeArea } from "@/exam";
import type { Mastery } from "@/grading";
import type { Translate } from "@/i18n";
import { areaTitle, contentTitle } from "./labels";
import { StartDrillButton } from "./start-form";

type Content = { items: number; knowledgeItems: Record<string, number>; mastery: Mastery | null };

export function masteryText(t: Translate, m: Mastery | null | undefined): string {
  return m?.percent === null || m?.percent === undefined ? t("practice.tree.notPractised") : t("practice.tree.mastery", { percent: m.percent });
}

export function PracticeTree({ t, tree, contents, byArea, withLevel }: { t: Translate; tree: PracticeArea[]; contents: ReadonlyMap<string, Content>; byArea: ReadonlyMap<string, Mastery>; withLevel: boolean }) {
  return (
    <div className="space-y-2">
      {tree.map((area) => {
        const total = area.contents.reduce((n, c) => n + (contents.get(c.key)?.items ?? 0), 0);
        return (
          <details key={area.area} className="rounded-lg border border-slate-200 bg-white">
            <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-2 px-4 py-2">
              <span className="font-semibold">{areaTitle(t, area.area)}</span>
              <span className="text-sm text-slate-600">
                {t("practice.tree.items", { count: total })} · {masteryText(t, byArea.get(area.area))}
              </span>
            </summary>
            <ul className="divide-y divide-slate-100 border-t border-slate-100">
              {area.contents.map((c) => {
                const info = contents.get(c.key);
                const name = contentTitle(t, c.key, withLevel);
                const knowledge = c.knowledge.filter((k) => (info?.knowledgeItems[k.key] ?? 0) > 0);
                return (
                  <li key={c.key} className="space-y-2 px-4 py-3">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <div>
                        <p className="font-medium">{name}</p>
                        <p className="text-sm text-slate-600">
                          {t("practice.tree.items", { count: info?.items ?? 0 })} · {masteryText(t, info?.mastery)}
                        </p>
                      </div>
                      {(info?.items ?? 0) > 0 && (
                        <StartDrillButton fields={{ mode: "content", kind: "content", value: c.key }} label={t("practice.tree.practiseLabel", { name })}>
                          {t("practice.tree.practise")}
                        </StartDrillButton>
                      )}
                    </div>
                    {knowledge.length > 0 && (
                      <details className="text-sm">
                        <summary className="min-h-10 cursor-pointer py-2 text-slate-700">
                          {t("practice.tree.knowledge")}（{knowledge.length}）
                        </summary>
                        <ul className="space-y-2">
                          {knowledge.map((k) => (
                            <li key={k.key} className="flex items-center justify-between gap-2">
                              <span>
                                {k.code} {k.text}（{t("practice.tree.items", { count: info?.knowledgeItems[k.key] ?? 0 })}）
                              </span>
                              <StartDrillButton fields={{ mode: "content", kind: "knowledge", value: k.key }} label={t("practice.tree.practiseLabel", { name: `${k.code} ${k.text}` })}>
                                {t("practice.tree.practise")}
                              </StartDrillButton>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
