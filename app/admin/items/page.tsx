import Link from "next/link";
import { ITEM_USES } from "@/exam/practice";
import { ITEM_TYPES } from "@/exam/types";
import { AREA_CODES, LEVEL_CODES, TRACK_CODES } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { tagToCode } from "@/server/bank/item-input";
import { ItemFilterSchema, listItems } from "@/server/bank/list-items";
import { getTranslator } from "@/server/i18n";
import { FilterForm, type FilterField } from "@/ui/filter-form";
import { Pager } from "@/ui/pager";
import { BulkUseForm } from "@/ui/bank/bulk-use-form";
import { areaLabel } from "@/ui/bank/editor-labels";
import { itemTextSummary } from "@/ui/item-text";
import { setItemsUseAction } from "./actions";

export default async function ItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/items" });
  const { t } = await getTranslator();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => !!e[1]));
  const parsed = ItemFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : ItemFilterSchema.parse({});
  const list = await listItems(filter);
  const { page: _page, ...exportFilter } = raw;
  const exportQuery = (format: string) => `/api/admin/items/export?${new URLSearchParams({ ...exportFilter, format })}`;
  const fields: FilterField[] = [
    { name: "level", label: t("candidates.filter.level"), options: LEVEL_CODES.map((v) => ({ value: v, label: t(`standard.level.${v}`) })) },
    { name: "track", label: t("candidates.filter.track"), options: TRACK_CODES.map((v) => ({ value: v, label: t(`standard.track.${v}`) })) },
    { name: "area", label: t("items.filter.area"), options: AREA_CODES.map((v) => ({ value: v, label: areaLabel(t, v) })) },
    { name: "type", label: t("items.filter.type"), options: ITEM_TYPES.map((v) => ({ value: v, label: t(`item.type.${v}`) })) },
    { name: "status", label: t("items.filter.status"), options: (["draft", "active", "retired"] as const).map((v) => ({ value: v, label: t(`item.status.${v}`) })) },
    { name: "review", label: t("analytics.bank.filter"), options: [{ value: "flagged", label: t("analytics.bank.flagged") }] },
    { name: "use", label: t("itemUse.field"), options: ITEM_USES.map((v) => ({ value: v, label: t(`itemUse.${v}`) })) },
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("items.title")}</h1>
        <div className="flex gap-2">
          <Link href="/admin/items/new" className="rounded bg-blue-700 px-3 py-1.5 text-white">
            {t("items.new")}
          </Link>
          <Link href="/admin/items/import" className="rounded border border-slate-300 px-3 py-1.5">
            {t("items.import")}
          </Link>
          <Link href="/admin/items/coverage" className="rounded border border-slate-300 px-3 py-1.5">
            {t("admin.coverage")}
          </Link>
        </div>
      </div>
      <FilterForm t={t} fields={fields} values={raw} search={{ name: "q", label: t("items.filter.q") }} />
      <p className="flex flex-wrap gap-3 text-sm">
        <span>{t("items.total", { total: list.total })}</span>
        <span>{t("items.export")}：</span>
        {(["xlsx", "csv", "moodle", "gift", "aiken"] as const).map((f) => (
          <a key={f} href={exportQuery(f)} className="text-blue-700 underline">
            {t(`items.export.${f}`)}
          </a>
        ))}
      </p>
      <BulkUseForm
        action={setItemsUseAction}
        filter={exportFilter}
        total={list.total}
        uses={ITEM_USES.map((u) => ({ value: u, label: t(`itemUse.${u}`) }))}
        labels={{ title: t("itemUse.bulk.title"), apply: t("itemUse.bulk.apply"), result: t("itemUse.bulk.result"), keptBack: t("itemUse.bulk.keptBack") }}
      />
      {list.rows.length === 0 ? (
        <p>{t("items.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("items.title")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["type", "stem", "tag", "scope", "difficulty", "status", "version"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">
                    {t(`items.col.${c}`)}
                  </th>
                ))}
                <th scope="col" className="border px-2 py-1">
                  {t("itemUse.field")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id}>
                  <td className="border px-2 py-1 whitespace-nowrap">{t(`item.type.${r.type}`)}</td>
                  <td className="border px-2 py-1">
                    <Link href={`/admin/items/${r.id}`} className="text-blue-700 underline">
                      {itemTextSummary(r.stem, t("exam.itemImage"))}
                    </Link>
                  </td>
                  <td className="border px-2 py-1 font-mono whitespace-nowrap">{tagToCode(r.tag) || "—"}</td>
                  <td className="border px-2 py-1 whitespace-nowrap">
                    {r.levels.join("/")} · {r.tracks.map((tr) => t(`standard.track.${tr}`)).join("、")}
                  </td>
                  <td className="border px-2 py-1">{r.difficulty}</td>
                  <td className="border px-2 py-1 whitespace-nowrap">
                    {t(`item.status.${r.status}`)}
                    {r.underReview && <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("analytics.bank.badge")}</span>}
                  </td>
                  <td className="border px-2 py-1">v{r.version}</td>
                  <td className="border px-2 py-1 whitespace-nowrap">{t(`itemUse.${r.use as "secure"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager t={t} path="/admin/items" query={raw} page={list.page} pageSize={list.pageSize} total={list.total} />
    </div>
  );
}
