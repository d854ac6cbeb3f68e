// Use case: the admin's session page: the session and what its edit form offers.
import { getSession } from "./get-session";
import { loadSessionFormOptions } from "./load-session-form-options";

export async function loadSessionPage(options: { sessionId: string }) {
  const session = await getSession(options);
  return { session, options: await loadSessionFormOptions() };
}
