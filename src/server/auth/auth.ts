// Auth.js (next-auth v5): credentials sign-in, JWT sessions. Who the caller is and what they
// may do is decided per request from the database (src/server/auth/session.ts), not from the
// token: a removed role or a changed password takes effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "../env";
import { AppError } from "../errors";
import { signInWithPassword } from "./sign-in";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class AccountLocked extends CredentialsSignin {
  constructor(public retryAfterMinutes: number) {
    super();
    this.code = `locked-${retryAfterMinutes}`;
  }
}

function clientAddress(request: Request): string | undefined {
  // Set by a reverse proxy in front of the app; without one the address is unknown and only
  // the per-account limit applies (docs/accounts.md).
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || undefined;
}

// Lazy configuration: the secret is read per request, not when `next build` loads the module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await signInWithPassword({
            identifier: String(credentials.identifier ?? ""),
            password: String(credentials.password ?? ""),
            address: clientAddress(request),
            now: new Date(),
          });
          // The candidate id rides in the token so the exam's hot path needs no user lookup.
          return { id: user.id, name: user.displayName, candidateId: user.candidateId };
        } catch (error) {
          if (error instanceof AppError && error.code === "RATE_LIMITED") {
            throw new AccountLocked(Number(error.params.retryAfterMinutes ?? 15));
          }
          if (error instanceof AppError) throw new InvalidCredentials();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.cid = (user as { candidateId?: string | null }).candidateId ?? null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.candidateId = typeof token.cid === "string" ? token.cid : null;
      return session;
    },
  },
}));
