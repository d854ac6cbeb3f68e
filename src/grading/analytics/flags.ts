// Flags that send an item for a second look, each with a plain explanation in the catalogue
// (i18n analytics.flag.<code>). The thresholds are the bands of classical item analysis that the
// cohort statistics page also uses (docs/analytics.md): facility above 0.9 is very easy, below 0.2
// very hard; a discrimination index below 20 is weak and a negative one means the stronger
// candidates did worse on the item.
import type { DistractorAnalysis } from "./distractors";
import type { ItemFigures } from "./items";

export const ITEM_FLAGS = ["too-easy", "too-hard", "negative-discrimination", "weak-discrimination", "dead-distractor", "possible-wrong-key"] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

export const FLAG_THRESHOLDS = {
  /** facility > this → too easy. */
  tooEasyFacility: 0.9,
  /** facility < this → too hard. */
  tooHardFacility: 0.2,
  /** 0 ≤ discrimination index < this → weak; < 0 → negative. */
  weakDiscrimination: 20,
} as const;

/** The flags of an item, in ITEM_FLAGS order. Undefined figures raise no flag of their own. */
export function itemFlags(figures: Pick<ItemFigures, "facility" | "discriminationIndex">, distractors?: Pick<DistractorAnalysis, "deadDistractor" | "possibleWrongKey"> | null): ItemFlag[] {
  const out = new Set<ItemFlag>();
  const f = figures.facility.value;
  if (f !== null && f > FLAG_THRESHOLDS.tooEasyFacility) out.add("too-easy");
  if (f !== null && f < FLAG_THRESHOLDS.tooHardFacility) out.add("too-hard");
  const d = figures.discriminationIndex.value;
  if (d !== null && d < 0) out.add("negative-discrimination");
  else if (d !== null && d < FLAG_THRESHOLDS.weakDiscrimination) out.add("weak-discrimination");
  if (distractors?.deadDistractor) out.add("dead-distractor");
  if (distractors?.possibleWrongKey) out.add("possible-wrong-key");
  return ITEM_FLAGS.filter((x) => out.has(x));
}
