import type { Metadata } from "next";
import { requestAddress } from "@/server/certificates/client-address";
import { verifyCertificate } from "@/server/certificates/verify-certificate";
import { getTranslator } from "@/server/i18n";
import { levelTrack, shanghaiDay } from "@/ui/certificates/labels";
import { VerifyForm } from "@/ui/certificates/verify-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The path segment as typed; a malformed escape is looked up as it stands (and not found). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// Public (no sign-in): is the certificate with exactly this number valid? Rate-limited per address.
export default async function VerifyPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const { t, locale } = await getTranslator();
  const r = await verifyCertificate({ number: safeDecode(number).slice(0, 100), address: await requestAddress(), now: new Date() });
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("verify.title")}</h1>
      {r.state === "rate-limited" && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">{t("verify.limited", { minutes: r.retryAfterMinutes })}</p>
      )}
      {r.state === "not-found" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">{t("verify.notFound", { number: r.number })}</p>
      )}
      {(r.state === "valid" || r.state === "revoked") && (
        <section aria-labelledby="result" className={`space-y-2 rounded border p-4 ${r.state === "valid" ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}>
          <h2 id="result" className="text-xl font-semibold">{t(`verify.state.${r.state}`)}</h2>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1">
            {(
              [
                [t("verify.number"), r.number],
                [t("verify.name"), r.maskedName],
                [t("verify.levelTrack"), levelTrack(t, r.level, r.track)],
                [t("verify.issuedAt"), shanghaiDay(r.issuedAt, locale)],
                ...(r.revokedAt ? [[t("verify.revokedAt"), shanghaiDay(r.revokedAt, locale)]] : []),
              ] as Array<[string, string]>
            ).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p className="text-sm text-slate-600">{t("verify.note")}</p>
      <VerifyForm t={t} />
    </div>
  );
}
