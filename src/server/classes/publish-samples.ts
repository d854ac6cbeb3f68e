// Use case: a teacher of the class (or an admin) publishes the demo bank's sample items to the
// class's practice. Sample items are public (they ship with the source code) and have the use
// "both"; a sample item an admin made "secure" stays out of practice all the same
// (src/server/practice/practice-pool.ts). Returns how many sample items are open to practice.
import { usesFor } from "@/exam";
import { getPrisma } from "../db/client";
import { requireClassAccess, type ClassCaller } from "./class-access";

export async function publishSamples(options: { classId: string; caller: ClassCaller; now: Date }): Promise<{ sampleItems: number }> {
  const c = await requireClassAccess({ classId: options.classId, caller: options.caller });
  const prisma = getPrisma();
  if (!c.samplesPublishedAt) {
    await prisma.$transaction([
      prisma.schoolClass.update({ where: { id: c.id }, data: { samplesPublishedAt: options.now, samplesPublishedById: options.caller.id } }),
      prisma.auditLog.create({ data: { actorId: options.caller.id, action: "class.samples.publish", subject: c.id, at: options.now } }),
    ]);
  }
  const sampleItems = await prisma.item.count({ where: { sample: true, status: "active", use: { in: usesFor("practice") } } });
  return { sampleItems };
}
