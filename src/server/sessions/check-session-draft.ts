// Use case: check a session form against every scheduling rule without saving (the edit form's
// live check). The same checkSession as on save, with a context loaded from the database.
import { checkSession, type Violation } from "@/exam";
import { getPrisma } from "../db/client";
import { loadScheduleContext } from "./load-schedule-context";
import { SessionInputSchema, toDraft, type SessionInputRaw } from "./session-input";

export async function checkSessionDraft(options: { input: SessionInputRaw; sessionId?: string }): Promise<Violation[]> {
  const input = SessionInputSchema.parse(options.input);
  const draft = toDraft(input, options.sessionId);
  const context = await loadScheduleContext(getPrisma(), { drafts: [draft], excludeSessionIds: options.sessionId ? [options.sessionId] : [] });
  return checkSession(draft, context);
}
