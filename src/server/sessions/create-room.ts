// Use case: register a room (考场) with its kind (1.8.5 venue kinds) and capacity.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { VenueCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const CreateRoomInputSchema = z.object({
  name: z.string().trim().min(1, "考场名称必填").max(60),
  kind: VenueCodeSchema,
  capacity: z.coerce.number().int("容量须为整数").min(1, "容量至少为 1").max(1000, "容量不超过 1000"),
  location: z.string().trim().max(120).default(""),
});

export async function createRoom(options: z.input<typeof CreateRoomInputSchema> & { actorId: string; now: Date }): Promise<{ roomId: string }> {
  const input = CreateRoomInputSchema.parse(options);
  try {
    const room = await getPrisma().room.create({ data: { ...input, createdAt: options.now }, select: { id: true } });
    return { roomId: room.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", { message: `已有名为「${input.name}」的考场` });
    throw error;
  }
}
