import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getPaperForAdmin } from "@/server/papers/get-paper";
import { ConformanceReport, PaperItems } from "@/ui/papers/paper-view";

export default async function PaperPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/papers/${id}` });
  const { t } = await getTranslator();
  const paper = await getPaperForAdmin({ paperId: id, withKey: false }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{paper.name}</h1>
      <p className="text-sm text-slate-600">
        {t(`standard.level.${paper.level as "5" | "4"}`)} · {t(`standard.track.${paper.track as "online-merchant" | "cross-border"}`)} · {t("papers.col.seed")} {paper.seed}
      </p>
      <p>
        <Link href={`/admin/papers/${paper.id}/print`} className="text-blue-700 underline">
          {t("paper.print")}
        </Link>
      </p>
      <ConformanceReport report={paper.conformance} t={t} />
      <section aria-labelledby="preview" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="preview" className="text-xl font-semibold">
          {t("paper.preview")}
        </h2>
        <PaperItems items={paper.items} t={t} withKey={false} />
      </section>
    </div>
  );
}
