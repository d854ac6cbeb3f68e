import { notFound, redirect } from "next/navigation";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { ownsAttempt } from "@/server/exam/get-attempt";
import { getTranslator } from "@/server/i18n";
import { isSkillAttempt } from "@/server/skill/attempt/get-skill-attempt";
import { ExamApp } from "@/ui/exam/exam-app";

export const dynamic = "force-dynamic";

// Candidate only, their own attempt (another's is 404). The data comes from the exam API.
export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: `/exam/attempt/${attemptId}` });
  if (!user.candidateId || !(await ownsAttempt({ attemptId, candidateId: user.candidateId }))) notFound();
  if (await isSkillAttempt({ attemptId, candidateId: user.candidateId })) redirect(`/exam/skill/${attemptId}`);
  const { locale } = await getTranslator();
  return <ExamApp attemptId={attemptId} messages={messagesFor(locale, ["exam."])} />;
}
