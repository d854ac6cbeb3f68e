import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { normaliseCertificateNumber } from "@/server/certificates/number-pattern";
import { getTranslator } from "@/server/i18n";
import { VerifyForm } from "@/ui/certificates/verify-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Public: type the exact certificate number to verify it (nothing is listed or searched).
export default async function VerifyHome({ searchParams }: { searchParams: Promise<{ number?: string }> }) {
  const { number } = await searchParams;
  const n = normaliseCertificateNumber(number ?? "").slice(0, 100);
  if (n) redirect(`/verify/${encodeURIComponent(n)}`);
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("verify.title")}</h1>
      <p>{t("verify.intro")}</p>
      <VerifyForm t={t} />
    </div>
  );
}
