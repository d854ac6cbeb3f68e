// Items in the database: create, edit (a used version is frozen: editing makes a new version),
// change status, and read them back as domain objects (src/exam ItemVersion).
import { Prisma } from "@prisma/client";
import { itemImages } from "@/exam/item-text";
import { usesFor, type ItemUse } from "@/exam/practice";
import type { ItemVersion as DomainItemVersion, ItemTag } from "@/exam/types";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { areaOf, checkItem, fingerprint, ItemInputSchema, type ItemInput } from "./item-input";
import { assertUseChangeAllowed } from "./pending-papers";

type Tx = Prisma.TransactionClient;

export function versionData(input: ItemInput) {
  return {
    type: input.type,
    stem: input.stem,
    options: input.options as unknown as Prisma.InputJsonValue,
    answer: [...input.answer].sort(),
    levels: input.levels,
    tracks: input.tracks,
    tagKind: input.tag?.kind ?? null,
    tagLevel: input.tag?.kind === "knowledge" ? input.tag.level : null,
    tagCode: input.tag?.kind === "knowledge" || input.tag?.kind === "basics" ? input.tag.code : null,
    area: areaOf(input.tag),
    difficulty: input.difficulty,
    explanation: input.explanation,
    points: input.points === null ? null : new Prisma.Decimal(input.points),
    fingerprint: fingerprint(input),
  };
}

function validated(raw: unknown): ItemInput {
  const input = ItemInputSchema.parse(raw);
  const problems = checkItem(input);
  if (problems.length > 0) {
    throw new AppError("VALIDATION", {
      message: problems.map((p) => `「${p.field}」${p.message}`).join("；"),
      issues: problems.map((p) => ({ path: p.field, message: p.message })),
    });
  }
  return input;
}

/**
 * Links a version to the images its texts show ([[image:<sha256>]] markers); with `replace`, its
 * earlier links go first. Throws VALIDATION when a marker names an image that is not in the bank.
 */
export async function linkVersionMedia(tx: Tx, versionId: string, input: ItemInput, options: { replace: boolean }) {
  if (options.replace) await tx.itemVersionMedia.deleteMany({ where: { itemVersionId: versionId } });
  const shas = itemImages(input);
  if (shas.length === 0) return;
  const found = new Set((await tx.itemMedia.findMany({ where: { sha256: { in: shas } }, select: { sha256: true } })).map((m) => m.sha256));
  const missing = shas.filter((s) => !found.has(s));
  if (missing.length > 0) throw new AppError("VALIDATION", { message: `图片 ${missing.map((m) => m.slice(0, 12)).join("、")}… 不在题库中；图片只能随 Moodle XML 或 Word 文件导入` });
  await tx.itemVersionMedia.createMany({ data: shas.map((sha256) => ({ itemVersionId: versionId, sha256 })) });
}

/**
 * Creates an item with version 1 inside a transaction (used by the editor, the importers, the seed
 * and tests). `use` (docs/practice.md) defaults to "secure": nothing reaches practice unless
 * someone says so.
 */
export async function createItemTx(tx: Tx, input: ItemInput, options: { actorId?: string; sample?: boolean; use?: ItemUse; now: Date }) {
  const item = await tx.item.create({
    data: { status: input.status, labels: input.labels, sample: options.sample ?? false, use: options.use ?? "secure", createdAt: options.now },
    select: { id: true },
  });
  const version = await tx.itemVersion.create({
    data: { itemId: item.id, version: 1, ...versionData(input), createdById: options.actorId ?? null, createdAt: options.now },
    select: { id: true },
  });
  await tx.item.update({ where: { id: item.id }, data: { currentVersionId: version.id } });
  await linkVersionMedia(tx, version.id, input, { replace: false });
  return { itemId: item.id, versionId: version.id };
}

export async function createItem(options: { input: unknown; use?: ItemUse; actorId: string; now: Date }) {
  const input = validated(options.input);
  return getPrisma().$transaction((tx) => createItemTx(tx, input, options));
}

/**
 * Edits an item. If its current version has been used by a paper, the edit becomes a new
 * version (the old one stays exactly as papers and attempts saw it); otherwise the current
 * version is changed in place. A change of `use` is refused while the item is on the paper of an
 * exam not yet held (src/server/bank/pending-papers.ts).
 */
export async function updateItem(options: { itemId: string; input: unknown; use?: ItemUse; actorId: string; now: Date }) {
  const input = validated(options.input);
  return getPrisma().$transaction(async (tx) => {
    const item = await tx.item.findUnique({
      where: { id: options.itemId },
      select: { id: true, use: true, currentVersion: { select: { id: true, version: true, usedAt: true } } },
    });
    if (!item?.currentVersion) throw new AppError("NOT_FOUND");
    const use = options.use ?? (item.use as ItemUse);
    if (use !== item.use) {
      await assertUseChangeAllowed(tx, [item.id], use);
      await tx.auditLog.create({ data: { actorId: options.actorId, action: "item.use", subject: item.id, at: options.now, details: { from: item.use, to: use } } });
    }
    await tx.item.update({ where: { id: item.id }, data: { status: input.status, labels: input.labels, use } });
    if (!item.currentVersion.usedAt) {
      await tx.itemVersion.update({ where: { id: item.currentVersion.id }, data: { ...versionData(input) } });
      await linkVersionMedia(tx, item.currentVersion.id, input, { replace: true });
      return { itemId: item.id, versionId: item.currentVersion.id, newVersion: false };
    }
    const next = await tx.itemVersion.create({
      data: {
        itemId: item.id,
        version: item.currentVersion.version + 1,
        ...versionData(input),
        createdById: options.actorId,
        createdAt: options.now,
      },
      select: { id: true },
    });
    await tx.item.update({ where: { id: item.id }, data: { currentVersionId: next.id } });
    await linkVersionMedia(tx, next.id, input, { replace: false });
    return { itemId: item.id, versionId: next.id, newVersion: true };
  });
}

export async function setItemStatus(options: { itemId: string; status: "draft" | "active" | "retired"; actorId: string; now: Date }) {
  const prisma = getPrisma();
  const item = await prisma.item.findUnique({ where: { id: options.itemId }, select: { currentVersion: { select: { tagKind: true } } } });
  if (!item) throw new AppError("NOT_FOUND");
  if (options.status === "active" && !item.currentVersion?.tagKind) {
    throw new AppError("VALIDATION", { message: "启用前请先为题目填写知识点代码" });
  }
  await prisma.$transaction([
    prisma.item.update({ where: { id: options.itemId }, data: { status: options.status } }),
    prisma.auditLog.create({ data: { actorId: options.actorId, action: "item.status", subject: options.itemId, at: options.now, details: { status: options.status } } }),
  ]);
}

/** Marks versions as used (frozen). Called when a paper is stored. */
export async function markVersionsUsed(tx: Tx, versionIds: string[], now: Date) {
  await tx.itemVersion.updateMany({ where: { id: { in: versionIds }, usedAt: null }, data: { usedAt: now } });
}

export const versionSelect = {
  id: true,
  itemId: true,
  version: true,
  type: true,
  stem: true,
  options: true,
  answer: true,
  levels: true,
  tracks: true,
  tagKind: true,
  tagLevel: true,
  tagCode: true,
  difficulty: true,
  explanation: true,
  points: true,
  item: { select: { status: true, labels: true, use: true } },
} as const satisfies Prisma.ItemVersionSelect;

export type VersionRow = Prisma.ItemVersionGetPayload<{ select: typeof versionSelect }>;

export function rowTag(row: Pick<VersionRow, "tagKind" | "tagLevel" | "tagCode">): ItemTag | null {
  if (row.tagKind === "ethics") return { kind: "ethics" };
  if (row.tagKind === "basics" && row.tagCode) return { kind: "basics", code: row.tagCode };
  if (row.tagKind === "knowledge" && row.tagCode && (row.tagLevel === "5" || row.tagLevel === "4")) {
    return { kind: "knowledge", level: row.tagLevel, code: row.tagCode };
  }
  return null;
}

/** The row as an ItemInput (for export and editing). */
export function rowToInput(row: VersionRow): ItemInput {
  return ItemInputSchema.parse({
    type: row.type,
    stem: row.stem,
    options: row.options,
    answer: row.answer,
    levels: row.levels,
    tracks: row.tracks,
    tag: rowTag(row),
    difficulty: row.difficulty,
    explanation: row.explanation,
    points: row.points === null ? null : Number(row.points),
    labels: row.item.labels,
    status: row.item.status,
  });
}

/** Tagged rows as domain item versions (what assembly and scoring use). */
export function rowToDomain(row: VersionRow): DomainItemVersion | null {
  const tag = rowTag(row);
  if (!tag) return null;
  return {
    itemId: row.itemId,
    versionId: row.id,
    version: row.version,
    type: row.type as DomainItemVersion["type"],
    stem: row.stem,
    options: row.options as DomainItemVersion["options"],
    answer: row.answer as DomainItemVersion["answer"],
    levels: row.levels as DomainItemVersion["levels"],
    tracks: row.tracks as DomainItemVersion["tracks"],
    tag,
    difficulty: row.difficulty,
    explanation: row.explanation,
    status: row.item.status as DomainItemVersion["status"],
  };
}

/**
 * Current versions of all items with a tag (the bank as assembly sees it), for a purpose: "exam"
 * (default; scheduled exams' papers: secure and both, never practice-only items) or "practice"
 * (practice and both, never secure items). See docs/practice.md.
 */
export async function loadBank(options: { statuses?: Array<"draft" | "active" | "retired">; purpose?: "exam" | "practice" } = {}): Promise<DomainItemVersion[]> {
  const rows = await getPrisma().itemVersion.findMany({
    // Items marked for review from an item analysis stay out until reviewed (docs/analytics.md).
    where: {
      currentOf: { isNot: null },
      item: { status: { in: options.statuses ?? ["active"] }, use: { in: usesFor(options.purpose ?? "exam") }, reviewFlaggedAt: null },
    },
    select: versionSelect,
  });
  return rows.map(rowToDomain).filter((v): v is DomainItemVersion => v !== null);
}
