import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getPaperForAdmin } from "@/server/papers/get-paper";
import { ConformanceReport, PaperItems } from "@/ui/papers/paper-view";

// Admin only: the paper with its answer key, laid out for printing.
export default async function PrintPaperPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/papers/${id}/print` });
  const { t } = await getTranslator();
  const paper = await getPaperForAdmin({ paperId: id, withKey: true }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <article className="print-page space-y-6">
      <h1 className="text-center text-2xl font-bold">{paper.name}</h1>
      <p className="text-center text-sm">
        {t(`standard.level.${paper.level as "5" | "4"}`)} · {t(`standard.track.${paper.track as "online-merchant" | "cross-border"}`)} · {t("papers.col.seed")} {paper.seed}
      </p>
      <PaperItems items={paper.items} t={t} withKey={true} />
      <section className="break-before-page">
        <ConformanceReport report={paper.conformance} t={t} />
      </section>
    </article>
  );
}
