import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; candidateId?: string | null; sessionVersion?: number } & DefaultSession["user"];
  }
}
