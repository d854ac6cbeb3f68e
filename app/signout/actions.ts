"use server";

import { signOut } from "@/server/auth/auth";

// Anyone may sign out (a no-op for anonymous visitors).
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
