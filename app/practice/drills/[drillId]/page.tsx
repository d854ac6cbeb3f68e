import { notFound } from "next/navigation";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { ownsDrill } from "@/server/practice/get-drill";
import { DrillApp } from "@/ui/practice/drill-app";

export const dynamic = "force-dynamic";

// Candidate only, their own drill (another's is 404). The data comes from the practice API.
export default async function DrillPage({ params }: { params: Promise<{ drillId: string }> }) {
  const { drillId } = await params;
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: `/practice/drills/${drillId}` });
  if (!user.candidateId || !(await ownsDrill({ drillId, candidateId: user.candidateId }))) notFound();
  const { locale } = await getTranslator();
  return <DrillApp drillId={drillId} messages={messagesFor(locale, ["practice.drill.", "exam.type."])} />;
}
