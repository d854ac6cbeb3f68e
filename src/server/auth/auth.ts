// Auth.js (next-auth v5): credentials sign-in, JWT sessions. Who the caller is and what they
// may do is decided per request from the database (src/server/auth/session.ts), not from the
// token: a removed role or a changed password takes effect at once. Tokens carry the user's
// session version (`sv`, src/server/auth/session-token.ts); sign-out bumps it, so every copy of
// the token stops working.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "../env";
import { AppError } from "../errors";
import { forwardedClientAddress } from "../net/client-address";
import { publicUrlIsHttps } from "../net/public-origin";
import { revokeSessions } from "./revoke-sessions";
import { tokenSessionVersion, verifySessionUpdateProof } from "./session-token";
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

// Lazy configuration: the secret is read per request, not when `next build` loads the module.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  // Secure (__Secure-) cookies when the public URL is https (PUBLIC_URL, docs/operations.md).
  useSecureCookies: publicUrlIsHttps() || undefined,
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
            address: forwardedClientAddress(request.headers),
            now: new Date(),
          });
          // The candidate id rides in the token so the exam's hot path needs no user lookup.
          return { id: user.id, name: user.displayName, candidateId: user.candidateId, sessionVersion: user.sessionVersion };
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
    jwt({ token, user, trigger, session }) {
      if (user) {
        const signedIn = user as { candidateId?: string | null; sessionVersion?: number };
        token.cid = signedIn.candidateId ?? null;
        token.sv = signedIn.sessionVersion ?? 0;
      }
      // A move to a new session version (after a password change) only with the server's proof:
      // the same update can be posted by any browser to Auth.js's session endpoint.
      const update = session as { sv?: unknown; proof?: unknown } | undefined;
      if (trigger === "update" && token.sub && verifySessionUpdateProof(authSecret(), token.sub, update?.sv, update?.proof)) {
        token.sv = update!.sv;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.candidateId = typeof token.cid === "string" ? token.cid : null;
      session.user.sessionVersion = tokenSessionVersion(token);
      return session;
    },
  },
  events: {
    // Signing out ends every session of the account (every copy of its token, every device).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub) await revokeSessions({ userId: token.sub, ifVersion: tokenSessionVersion(token) });
    },
  },
}));
