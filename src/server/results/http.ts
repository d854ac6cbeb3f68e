import { z } from "zod";

/** Which candidate's task a scoring request is about. */
export const SheetRef = z.object({ candidateId: z.string().min(1).max(64), taskVersionId: z.string().min(1).max(64) });
