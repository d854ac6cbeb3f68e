// Use case: the candidate removes an item from their wrong-answer book by hand (their own only).
// A later wrong answer puts it back.
import { getPrisma } from "../db/client";

export async function removeMistake(options: { candidateId: string; itemId: string; now: Date }): Promise<boolean> {
  const r = await getPrisma().practiceMistake.updateMany({
    where: { candidateId: options.candidateId, itemId: options.itemId, state: "open" },
    data: { state: "removed", updatedAt: options.now },
  });
  return r.count > 0;
}
