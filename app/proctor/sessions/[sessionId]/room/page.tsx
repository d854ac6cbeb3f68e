import { notFound } from "next/navigation";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getProctorConsole } from "@/server/exam/proctor";
import { getTranslator } from "@/server/i18n";
import { ProjectorView } from "@/ui/exam/projector-view";

export const dynamic = "force-dynamic";

// Proctors assigned to the session (and admins): the room view for a projector.
export default async function ProjectorPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requirePageUser({ roles: ["PROCTOR", "ADMIN"], returnTo: `/proctor/sessions/${sessionId}/room` });
  await getProctorConsole({ caller: user, sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const { locale } = await getTranslator();
  return <ProjectorView sessionId={sessionId} messages={messagesFor(locale, ["proctor."])} />;
}
