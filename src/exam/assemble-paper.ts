// Theory-paper assembly (组卷): draws items from the bank to fill a blueprint, seeded and
// reproducible. Points are integers in hundredths (100 points = 10000).
import { coveredLevels } from "../standard";
import type { AreaCode, LevelCode, TrackCode } from "../standard/schema";
import { AREA_ORDER, FULL_MARKS, type Blueprint } from "./blueprint";
import { areaLabel, ITEM_TYPE_NAMES, levelTrackLabel } from "./labels";
import { createRng, shuffle, type Rng } from "./random";
import { areaOfTag, ITEM_TYPES, knowledgePointOfTag, type ItemType, type ItemVersion } from "./types";

export interface PaperItem {
  itemId: string;
  versionId: string;
  type: ItemType;
  area: AreaCode;
  /** Points of this item, hundredths. */
  points: number;
  /** knowledgePointOfTag(item.tag). */
  knowledgePoint: string;
}

export interface Paper {
  level: LevelCode;
  track: TrackCode;
  /** The seed this paper was drawn with: assemblePaper with it (and the same bank) redraws it. */
  seed: string;
  /** Ordered by section type (判断, 单选, 多选), then area (职业道德, 基础知识, 1..6). */
  items: PaperItem[];
  /** Hundredths; always 10000 for an assembled paper. */
  totalPoints: number;
  /** Items used although they were to be avoided ("prefer" fallback, or shared with the other form). */
  reusedItemIds: string[];
}

export interface Shortage {
  area: AreaCode;
  type: ItemType;
  /** Items the blueprint asks for in this area and type. */
  needed: number;
  /** Usable items found (eligible, not excluded, not strictly avoided). */
  available: number;
  missing: number;
  /** e.g. "四级/中级工·跨境电子商务师 职业功能 4 业务处理 多选题还缺 3 道" */
  message: string;
}

export type AssemblePaperResult = { ok: true; paper: Paper } | { ok: false; shortages: Shortage[] };

export type AvoidMode = "strict" | "prefer";

export interface AssemblePaperInput {
  blueprint: Blueprint;
  /** The whole bank (eligibility is applied here), or prepareBank(...) of it to reuse across papers. */
  bank: readonly ItemVersion[] | PreparedBank;
  seed: string;
  /** Items to keep out if possible (e.g. recently used). */
  avoidItemIds?: ReadonlySet<string>;
  /** "strict": avoided items are unavailable; "prefer" (default): used only when otherwise short. */
  avoid?: AvoidMode;
  /** Items never to use (e.g. flagged, leaked). */
  excludeItemIds?: ReadonlySet<string>;
}

/**
 * Items a paper of this level and track may use: active; for the track; for the level, or for
 * level 5 when the paper is level 4 (高级别涵盖低级别); a knowledge tag must be of a covered level
 * (a level-5 paper never uses level-4 knowledge). One version per item: the highest version.
 */
export function eligibleItems(bank: readonly ItemVersion[], level: LevelCode, track: TrackCode): ItemVersion[] {
  const levels = coveredLevels(level);
  const byItem = new Map<string, ItemVersion>();
  for (const item of bank) {
    if (item.status !== "active") continue;
    if (!item.tracks.includes(track)) continue;
    if (!item.levels.some((l) => levels.includes(l))) continue;
    if (item.tag.kind === "knowledge" && !levels.includes(item.tag.level)) continue;
    const prev = byItem.get(item.itemId);
    if (!prev || item.version > prev.version || (item.version === prev.version && item.versionId > prev.versionId))
      byItem.set(item.itemId, item);
  }
  return [...byItem.values()];
}

/** Tier of an item: 0 fresh, higher = less wanted, undefined = unavailable. */
type TierOf = (itemId: string) => number | undefined;

const cellKey = (area: AreaCode, type: ItemType) => `${area}|${type}`;

/** areaOfTag without the zod parse (the tag schema already restricts codes to 1..6.x.y); hot path. */
function fastArea(tag: ItemVersion["tag"]): AreaCode {
  if (tag.kind !== "knowledge") return tag.kind;
  const d = tag.code.charAt(0);
  return d >= "1" && d <= "6" && tag.code.charAt(1) === "." ? (d as AreaCode) : areaOfTag(tag);
}

/** The eligible items of one (area, type), by knowledge point. */
export interface PreparedCell {
  /** Knowledge points present, sorted. */
  readonly kps: readonly string[];
  /** Items of each knowledge point, sorted by versionId. */
  readonly byKp: ReadonlyMap<string, readonly ItemVersion[]>;
}

/**
 * The eligible items of a bank for one level and track, grouped by (area, type) and knowledge
 * point, sorted by versionId (so bank order does not matter). Build it once with prepareBank to
 * assemble many papers from one bank.
 */
export interface PreparedBank {
  readonly level: LevelCode;
  readonly track: TrackCode;
  /** Cell key "area|type" -> its items. */
  readonly cells: ReadonlyMap<string, PreparedCell>;
}

export function prepareBank(bank: readonly ItemVersion[], level: LevelCode, track: TrackCode): PreparedBank {
  const grouped = new Map<string, Map<string, ItemVersion[]>>();
  for (const item of eligibleItems(bank, level, track)) {
    const key = cellKey(fastArea(item.tag), item.type);
    const kp = knowledgePointOfTag(item.tag);
    let cell = grouped.get(key);
    if (!cell) grouped.set(key, (cell = new Map()));
    const list = cell.get(kp);
    if (list) list.push(item);
    else cell.set(kp, [item]);
  }
  const cells = new Map<string, PreparedCell>();
  for (const [key, byKp] of grouped) {
    for (const list of byKp.values()) list.sort((x, y) => (x.versionId < y.versionId ? -1 : x.versionId > y.versionId ? 1 : 0));
    cells.set(key, { kps: [...byKp.keys()].sort(), byKp });
  }
  return { level, track, cells };
}

function prepared(bank: readonly ItemVersion[] | PreparedBank, blueprint: Blueprint): PreparedBank {
  if (!("cells" in bank)) return prepareBank(bank as readonly ItemVersion[], blueprint.level, blueprint.track);
  if (bank.level !== blueprint.level || bank.track !== blueprint.track)
    throw new Error(`prepared bank is for L${bank.level} ${bank.track}, blueprint for L${blueprint.level} ${blueprint.track}`);
  return bank;
}

/**
 * Picks `need` items of one cell, spreading over knowledge points: each pick takes the knowledge
 * point used least so far (ties by a seeded order of the points) and a seeded random item of it;
 * lower tiers (fresh items) are used up before higher ones (avoided items).
 */
function selectCell(cell: PreparedCell | undefined, need: number, rng: Rng, tierOf: TierOf): ItemVersion[] {
  if (!cell || need <= 0) return [];
  const order = shuffle(cell.kps, rng);
  // Per knowledge point (in seeded order): its items split by tier.
  const pools = order.map((kp) => {
    const byTier = new Map<number, ItemVersion[]>();
    for (const item of cell.byKp.get(kp) ?? []) {
      const t = tierOf(item.itemId);
      if (t === undefined) continue;
      const l = byTier.get(t);
      if (l) l.push(item);
      else byTier.set(t, [item]);
    }
    return { byTier, used: 0 };
  });
  const tiers = [...new Set(pools.flatMap((p) => [...p.byTier.keys()]))].sort((x, y) => x - y);
  const picked: ItemVersion[] = [];
  for (const tier of tiers) {
    const heads = pools.map(() => 0);
    while (picked.length < need) {
      let best = -1;
      for (let k = 0; k < pools.length; k++) {
        const list = pools[k]?.byTier.get(tier);
        if (!list || (heads[k] ?? 0) >= list.length) continue;
        if (best < 0 || (pools[k]?.used ?? 0) < (pools[best]?.used ?? 0)) best = k;
      }
      if (best < 0) break;
      const pool = pools[best] as (typeof pools)[number];
      const list = pool.byTier.get(tier) as ItemVersion[];
      // Lazy Fisher–Yates: a random remaining item of this knowledge point.
      const h = heads[best] ?? 0;
      const j = h + rng.int(list.length - h);
      const item = list[j] as ItemVersion;
      list[j] = list[h] as ItemVersion;
      list[h] = item;
      heads[best] = h + 1;
      pool.used += 1;
      picked.push(item);
    }
    if (picked.length >= need) break;
  }
  return picked;
}

function assembleWithTiers(
  blueprint: Blueprint,
  bank: PreparedBank,
  seed: string,
  tierOf: TierOf,
): AssemblePaperResult {
  const pointsOf = new Map(blueprint.sections.map((s) => [s.type, s.points]));
  const chosen = new Map<string, ItemVersion[]>();
  const shortages: Shortage[] = [];
  for (const type of ITEM_TYPES) {
    for (const area of AREA_ORDER) {
      const bpArea = blueprint.areas.find((a) => a.area === area);
      const need = bpArea?.counts[type] ?? 0;
      if (need <= 0) continue;
      const picked = selectCell(bank.cells.get(cellKey(area, type)), need, createRng(`${seed}|${area}|${type}`), tierOf);
      chosen.set(cellKey(area, type), picked);
      if (picked.length < need) {
        const missing = need - picked.length;
        shortages.push({
          area,
          type,
          needed: need,
          available: picked.length,
          missing,
          message: `${levelTrackLabel(blueprint.level, blueprint.track)} ${areaLabel(area)} ${ITEM_TYPE_NAMES[type]}还缺 ${missing} 道`,
        });
      }
    }
  }
  if (shortages.length > 0) return { ok: false, shortages };

  const items: PaperItem[] = [];
  const reused: string[] = [];
  for (const type of ITEM_TYPES)
    for (const area of AREA_ORDER)
      for (const item of chosen.get(cellKey(area, type)) ?? []) {
        items.push({
          itemId: item.itemId,
          versionId: item.versionId,
          type,
          area,
          points: pointsOf.get(type) ?? 0,
          knowledgePoint: knowledgePointOfTag(item.tag),
        });
        if ((tierOf(item.itemId) ?? 0) > 0) reused.push(item.itemId);
      }
  const totalPoints = items.reduce((s, i) => s + i.points, 0);
  if (totalPoints !== FULL_MARKS) throw new Error(`internal: paper totals ${totalPoints}, expected ${FULL_MARKS}`);
  return {
    ok: true,
    paper: { level: blueprint.level, track: blueprint.track, seed, items, totalPoints, reusedItemIds: reused },
  };
}

function baseTier(input: Pick<AssemblePaperInput, "avoidItemIds" | "avoid" | "excludeItemIds">): TierOf {
  const avoid = input.avoidItemIds;
  const exclude = input.excludeItemIds;
  const strict = input.avoid === "strict";
  return (id) => {
    if (exclude?.has(id)) return undefined;
    if (avoid?.has(id)) return strict ? undefined : 1;
    return 0;
  };
}

/**
 * Assembles one paper. Same bank (as a set) + blueprint + seed => the same paper.
 * Refuses with every (area, type) shortage when the bank cannot fill the blueprint.
 */
export function assemblePaper(input: AssemblePaperInput): AssemblePaperResult {
  return assembleWithTiers(input.blueprint, prepared(input.bank, input.blueprint), input.seed, baseTier(input));
}

export type FormLabel = "A" | "B";

export interface AssembleFormsInput extends AssemblePaperInput {
  forms: 1 | 2;
}

export type AssembleFormsResult =
  | { ok: true; forms: Array<{ label: FormLabel; paper: Paper }>; sharedItemIds: string[] }
  | { ok: false; form: FormLabel; shortages: Shortage[] };

/**
 * One paper for everyone (forms: 1 -> form "A", drawn with `seed`), or A/B parallel forms on the
 * same blueprint: B (drawn with `${seed}#B`) avoids A's items and uses one only where its cell
 * has too few others, which is the least overlap possible once A is fixed.
 */
export function assembleForms(input: AssembleFormsInput): AssembleFormsResult {
  const cells = prepared(input.bank, input.blueprint);
  const tier = baseTier(input);
  const a = assembleWithTiers(input.blueprint, cells, input.seed, tier);
  if (!a.ok) return { ok: false, form: "A", shortages: a.shortages };
  if (input.forms === 1) return { ok: true, forms: [{ label: "A", paper: a.paper }], sharedItemIds: [] };
  const inA = new Set(a.paper.items.map((i) => i.itemId));
  const tierB: TierOf = (id) => {
    const t = tier(id);
    if (t === undefined) return undefined;
    return inA.has(id) ? 2 : t;
  };
  const b = assembleWithTiers(input.blueprint, cells, `${input.seed}#B`, tierB);
  if (!b.ok) return { ok: false, form: "B", shortages: b.shortages };
  const shared = b.paper.items.filter((i) => inA.has(i.itemId)).map((i) => i.itemId);
  return {
    ok: true,
    forms: [
      { label: "A", paper: a.paper },
      { label: "B", paper: b.paper },
    ],
    sharedItemIds: shared,
  };
}
