"use server";

import { revalidatePath } from "next/cache";
import { requireApiUser } from "@/server/auth/session";
import { expectedError } from "@/server/certificates/expected-error";
import { issueCertificates } from "@/server/certificates/issue-certificates";
import { reissueCertificate } from "@/server/certificates/reissue-certificate";
import { revokeCertificate } from "@/server/certificates/revoke-certificate";
import { getTranslator } from "@/server/i18n";
import { saveCertificateSettings } from "@/server/settings/certificate-settings";
import { saveSeal } from "@/server/settings/seal";
import type { ActionState } from "@/ui/certificates/action-form";

// Admin only: issue certificates to the passed candidates of a session or a cohort.
export async function issueAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { t } = await getTranslator();
  const scope = form.get("scope") === "session" ? { scope: "session", sessionId: String(form.get("sessionId") ?? "") } : { scope: "cohort", level: String(form.get("level") ?? ""), track: String(form.get("track") ?? "") };
  try {
    const r = await issueCertificates({ actorId: user.id, input: scope, now: new Date() });
    revalidatePath("/admin/certificates");
    return {
      ok: t("cert.issue.done", { issued: r.issued.length, skipped: r.skipped.length }),
      lines: [...r.issued.map((c) => t("cert.issue.issuedLine", { name: c.name, number: c.number })), ...r.skipped.map((s) => t("cert.issue.skippedLine", { name: s.name, reason: t(`cert.skip.${s.reason}`) }))],
    };
  } catch (error) {
    return { error: expectedError(error, t("cert.notFound")) };
  }
}

// Admin only: revoke a certificate with a reason.
export async function revokeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { t } = await getTranslator();
  const certificateId = String(form.get("certificateId") ?? "");
  try {
    const r = await revokeCertificate({ actorId: user.id, input: { certificateId, reason: String(form.get("reason") ?? "") }, now: new Date() });
    revalidatePath(`/admin/certificates/${certificateId}`);
    return { ok: t("cert.revoke.done", { number: r.number }) };
  } catch (error) {
    return { error: expectedError(error, t("cert.notFound")) };
  }
}

// Admin only: reissue a flagged certificate with the corrected scores (the old one is revoked).
export async function reissueAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { t } = await getTranslator();
  const certificateId = String(form.get("certificateId") ?? "");
  try {
    const r = await reissueCertificate({ actorId: user.id, input: { certificateId }, now: new Date() });
    revalidatePath(`/admin/certificates/${certificateId}`);
    return { ok: t("cert.reissue.done", { number: r.number }) };
  } catch (error) {
    return { error: expectedError(error, t("cert.notFound")) };
  }
}

// Admin only: the school's settings (name, code, number pattern, retention, review window).
export async function settingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { t } = await getTranslator();
  try {
    await saveCertificateSettings({
      actorId: user.id,
      now: new Date(),
      input: {
        schoolName: String(form.get("schoolName") ?? ""),
        schoolCode: String(form.get("schoolCode") ?? ""),
        numberPattern: String(form.get("numberPattern") ?? ""),
        retentionMonths: String(form.get("retentionMonths") ?? ""),
        reviewWindowDays: String(form.get("reviewWindowDays") ?? ""),
      },
    });
    revalidatePath("/admin/certificates/settings");
    return { ok: t("cert.settings.saved") };
  } catch (error) {
    return { error: expectedError(error) };
  }
}

// Admin only: upload (or remove) the seal image printed on certificates.
export async function sealAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { t } = await getTranslator();
  const file = form.get("seal");
  const remove = form.get("remove") === "1";
  try {
    if (!remove && (!(file instanceof File) || file.size === 0)) return { error: t("cert.seal.choose") };
    await saveSeal({ actorId: user.id, bytes: remove ? null : new Uint8Array(await (file as File).arrayBuffer()), now: new Date() });
    revalidatePath("/admin/certificates/settings");
    return { ok: t(remove ? "cert.seal.removed" : "cert.seal.saved") };
  } catch (error) {
    return { error: expectedError(error) };
  }
}
