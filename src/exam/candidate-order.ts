// Per-candidate presentation order: items shuffled within each section, options of choice items
// shuffled (true/false keeps A=对, B=错). Seeded by e.g. paperId + candidateId; reproducible.
// Scoring always uses the ORIGINAL option keys: map displayed letters back with toOriginalKeys.
import type { Paper } from "./assemble-paper";
import { createRng, shuffle } from "./random";
import { OptionKeySchema, type ItemVersion, type OptionKey } from "./types";

const DISPLAY_KEYS: readonly OptionKey[] = OptionKeySchema.options;

export interface CandidateOrder {
  /** versionIds in display order; sections keep the paper's order. */
  itemOrder: string[];
  /** Per versionId: ORIGINAL option keys in display order (display letter i = "ABCDEF"[i]). */
  optionOrder: Record<string, OptionKey[]>;
}

export interface CandidateOrderInput {
  paper: Pick<Paper, "items">;
  seed: string;
  /** The paper's item versions (only type and options are read), by versionId. */
  items: ReadonlyMap<string, Pick<ItemVersion, "type" | "options">>;
}

export function candidateOrder(input: CandidateOrderInput): CandidateOrder {
  const rng = createRng(`${input.seed}|items`);
  const itemOrder: string[] = [];
  const optionOrder: Record<string, OptionKey[]> = {};
  // Sections = runs of the same type, in paper order.
  let run: string[] = [];
  let runType: string | undefined;
  const flush = () => {
    itemOrder.push(...shuffle(run, rng));
    run = [];
  };
  for (const pi of input.paper.items) {
    if (pi.type !== runType) {
      flush();
      runType = pi.type;
    }
    run.push(pi.versionId);
  }
  flush();
  for (const pi of input.paper.items) {
    const item = input.items.get(pi.versionId);
    if (!item) throw new Error(`candidateOrder: item version ${pi.versionId} not provided`);
    const keys = item.options.map((o) => o.key);
    optionOrder[pi.versionId] =
      item.type === "true-false" ? keys : shuffle(keys, createRng(`${input.seed}|options|${pi.versionId}`));
  }
  return { itemOrder, optionOrder };
}

/** Displayed letter -> original key, for one item's option order. */
export function displayKeyMap(order: readonly OptionKey[]): Partial<Record<OptionKey, OptionKey>> {
  const map: Partial<Record<OptionKey, OptionKey>> = {};
  order.forEach((original, i) => {
    const display = DISPLAY_KEYS[i];
    if (display) map[display] = original;
  });
  return map;
}

/** Original key -> displayed letter. */
export function originalKeyMap(order: readonly OptionKey[]): Partial<Record<OptionKey, OptionKey>> {
  const map: Partial<Record<OptionKey, OptionKey>> = {};
  order.forEach((original, i) => {
    const display = DISPLAY_KEYS[i];
    if (display) map[original] = display;
  });
  return map;
}

/** A candidate's displayed choice letters as original keys (sorted, for scoring). Throws on an unknown letter. */
export function toOriginalKeys(order: readonly OptionKey[], displayed: readonly OptionKey[]): OptionKey[] {
  const map = displayKeyMap(order);
  return displayed
    .map((d) => {
      const o = map[d];
      if (!o) throw new Error(`toOriginalKeys: option ${d} is not displayed for this item`);
      return o;
    })
    .sort();
}

/** Original keys (e.g. the answer) as the letters this candidate sees (sorted). */
export function toDisplayKeys(order: readonly OptionKey[], original: readonly OptionKey[]): OptionKey[] {
  const map = originalKeyMap(order);
  return original
    .map((o) => {
      const d = map[o];
      if (!d) throw new Error(`toDisplayKeys: option ${o} is not an option of this item`);
      return d;
    })
    .sort();
}
