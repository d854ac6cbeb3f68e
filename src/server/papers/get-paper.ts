// Use cases: list papers; read a paper for the admin's preview (no key) or print (with key).
import type { PaperConformance } from "@/exam";
import type { ItemVersion } from "@/exam/types";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export async function listPapers() {
  return getPrisma().paper.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, name: true, level: true, track: true, form: true, seed: true, createdAt: true, _count: { select: { items: true } } },
  });
}

export async function getPaperForAdmin(options: { paperId: string; withKey: boolean }) {
  const paper = await getPrisma().paper.findUnique({
    where: { id: options.paperId },
    select: {
      id: true,
      name: true,
      level: true,
      track: true,
      form: true,
      seed: true,
      createdAt: true,
      conformance: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          type: true,
          area: true,
          points: true,
          itemVersion: { select: { id: true, itemId: true, version: true, stem: true, options: true, answer: true, explanation: true, tagKind: true, tagLevel: true, tagCode: true } },
        },
      },
    },
  });
  if (!paper) throw new AppError("NOT_FOUND");
  return {
    ...paper,
    conformance: paper.conformance as unknown as PaperConformance,
    items: paper.items.map((i) => ({
      position: i.position,
      type: i.type as ItemVersion["type"],
      area: i.area,
      points: i.points,
      versionId: i.itemVersion.id,
      version: i.itemVersion.version,
      stem: i.itemVersion.stem,
      options: i.itemVersion.options as ItemVersion["options"],
      tag: { kind: i.itemVersion.tagKind, level: i.itemVersion.tagLevel, code: i.itemVersion.tagCode },
      // The key and explanation only when asked for (admins printing with the key).
      ...(options.withKey ? { answer: i.itemVersion.answer, explanation: i.itemVersion.explanation } : {}),
    })),
  };
}
