import Link from "next/link";
import type { Translate } from "@/i18n";

/** Previous / page n / next links for a filtered list; `query` is the current filter. */
export function Pager({ t, path, query, page, pageSize, total }: { t: Translate; path: string; query: Record<string, string>; page: number; pageSize: number; total: number }) {
  const href = (p: number) => `${path}?${new URLSearchParams({ ...query, page: String(p) })}`;
  return (
    <nav className="flex gap-4" aria-label={t("candidates.page", { page })}>
      {page > 1 && <Link href={href(page - 1)}>{t("candidates.prev")}</Link>}
      <span>{t("candidates.page", { page })}</span>
      {page * pageSize < total && <Link href={href(page + 1)}>{t("candidates.next")}</Link>}
    </nav>
  );
}
