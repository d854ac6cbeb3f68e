"use server";

import { revalidatePath } from "next/cache";
import { requireApiUser } from "@/server/auth/session";
import { expectedErrorMessage } from "@/server/sessions/action-error";
import { createRoom } from "@/server/sessions/create-room";
import type { RoomFormState } from "@/ui/sessions/room-form";

// Admin only: register a room.
export async function createRoomAction(_prev: RoomFormState, form: FormData): Promise<RoomFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const name = String(form.get("name") ?? "");
  try {
    await createRoom({ name, kind: String(form.get("kind") ?? "") as "computer-room", capacity: String(form.get("capacity") ?? ""), location: String(form.get("location") ?? ""), actorId: user.id, now: new Date() });
  } catch (error) {
    return { error: expectedErrorMessage(error) };
  }
  revalidatePath("/admin/rooms");
  return { created: name.trim() };
}
