import { notFound } from "next/navigation";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getProctorConsole } from "@/server/exam/proctor";
import { getTranslator } from "@/server/i18n";
import { ProctorConsole } from "@/ui/exam/proctor-console";

export const dynamic = "force-dynamic";

// Proctors assigned to the session (and admins): the live console.
export default async function ProctorSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requirePageUser({ roles: ["PROCTOR", "ADMIN"], returnTo: `/proctor/sessions/${sessionId}` });
  await getProctorConsole({ caller: user, sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const { locale } = await getTranslator();
  return <ProctorConsole sessionId={sessionId} messages={messagesFor(locale, ["proctor.", "photos."])} />;
}
