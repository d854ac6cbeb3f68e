// Auth.js endpoints (sign-in, sign-out, session, CSRF). Public by nature; the credentials
// provider applies the database-kept rate limit.
import { handlers } from "@/server/auth/auth";

export const { GET, POST } = handlers;
