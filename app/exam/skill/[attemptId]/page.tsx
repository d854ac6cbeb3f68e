import { notFound } from "next/navigation";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { isSkillAttempt } from "@/server/skill/attempt/get-skill-attempt";
import { SkillApp } from "@/ui/skill/skill-app";

export const dynamic = "force-dynamic";

// Candidate only, their own skill attempt (another's is 404). The data comes from the skill exam API.
export default async function SkillAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: `/exam/skill/${attemptId}` });
  if (!user.candidateId || !(await isSkillAttempt({ attemptId, candidateId: user.candidateId }))) notFound();
  const { locale } = await getTranslator();
  return <SkillApp attemptId={attemptId} messages={messagesFor(locale, ["exam.", "skill.", "uploads.client."])} />;
}
