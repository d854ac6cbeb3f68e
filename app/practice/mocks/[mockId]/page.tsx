import { notFound } from "next/navigation";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getMock } from "@/server/practice/get-mock";
import { MockApp } from "@/ui/practice/mock-app";
import { MockResult } from "@/ui/practice/mock-result";

export const dynamic = "force-dynamic";

// Candidate only, their own mock exam (another's is 404): running, the timed paper (data from
// the practice API); submitted, the result with the area breakdown and the review.
export default async function MockPage({ params }: { params: Promise<{ mockId: string }> }) {
  const { mockId } = await params;
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: `/practice/mocks/${mockId}` });
  const { t, locale } = await getTranslator();
  const mock = await getMock({ mockId, candidateId: user.candidateId ?? "" }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  if (mock.status === "submitted") return <MockResult t={t} mock={mock} />;
  return <MockApp mockId={mockId} messages={messagesFor(locale, ["practice.mock.", "practice.drill.", "exam.type."])} />;
}
