// Benchmark (not a test): a 5,000-item bank for L4 cross-border, the default structure.
// Measures paper assembly (one paper, A/B forms, and 500 individually seeded papers) and 500
// per-candidate orders, against a naive baseline (unconstrained random draw of 90 items × 500).
// Run: npx tsx bench/assemble.ts
import { applicableContents } from "../src/standard";
import {
  assembleForms,
  assemblePaper,
  buildBlueprint,
  candidateOrder,
  createRng,
  paperConformance,
  prepareBank,
  pick,
  shuffle,
  type ItemTag,
  type ItemType,
  type ItemVersion,
} from "../src/exam";

const LEVEL = "4" as const;
const TRACK = "cross-border" as const;
const BANK_SIZE = 5000;
const CANDIDATES = 500;

function generateBank(): ItemVersion[] {
  const rng = createRng("bench-bank");
  const knowledge: ItemTag[] = applicableContents(LEVEL, TRACK).flatMap((c) =>
    c.knowledge.map((k) => ({ kind: "knowledge" as const, level: c.level, code: k.code })),
  );
  const basics: ItemTag[] = Array.from({ length: 11 }, (_, i) => ({ kind: "basics" as const, code: `2.2.${i + 1}` }));
  const types: ItemType[] = ["true-false", "true-false", "single", "single", "single", "single", "single", "multiple", "multiple"];
  const bank: ItemVersion[] = [];
  for (let i = 0; i < BANK_SIZE; i++) {
    const r = rng.int(20);
    const tag: ItemTag = r === 0 ? { kind: "ethics" } : r <= 5 ? pick(basics, rng) : pick(knowledge, rng);
    const type = pick(types, rng);
    const keys = type === "true-false" ? (["A", "B"] as const) : (["A", "B", "C", "D"] as const);
    const status = rng.int(20) === 0 ? "retired" : "active";
    bank.push({
      itemId: `q${i}`,
      versionId: `q${i}@1`,
      version: 1,
      type,
      stem: `题干 ${i}`,
      options: keys.map((key) => ({ key, text: key })),
      answer: type === "multiple" ? ["A", "C"] : ["A"],
      levels: tag.kind === "knowledge" ? [tag.level] : [LEVEL],
      tracks: [TRACK],
      tag,
      difficulty: 1 + rng.int(5),
      explanation: "",
      status,
    });
  }
  return bank;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const per = (ms: number, n: number) => `${(ms / n).toFixed(3)} ms/form`;

const [bank, genMs] = time(generateBank);
const byVersion = new Map(bank.map((i) => [i.versionId, i]));
const [bpResult, bpMs] = time(() => buildBlueprint({ level: LEVEL, track: TRACK }));
if (!bpResult.ok) throw new Error(bpResult.reasons.join("\n"));
const blueprint = bpResult;

// Warm-up (JIT), not counted.
assemblePaper({ blueprint, bank, seed: "warm" });

// 1. One paper for all + 500 candidate orders.
const [one, oneMs] = time(() => assembleForms({ blueprint, bank, seed: "session-1", forms: 1 }));
if (!one.ok) throw new Error("refused");
const paper = one.forms[0]?.paper;
if (!paper) throw new Error("no paper");
const [, ordersMs] = time(() => {
  for (let c = 0; c < CANDIDATES; c++) candidateOrder({ paper, seed: `session-1/cand-${c}`, items: byVersion });
});

// 2. A/B forms + 500 candidate orders (alternating forms).
const [ab, abMs] = time(() => assembleForms({ blueprint, bank, seed: "session-2", forms: 2 }));
if (!ab.ok) throw new Error("refused");
const [, abOrdersMs] = time(() => {
  for (let c = 0; c < CANDIDATES; c++) {
    const form = ab.forms[c % 2]?.paper;
    if (form) candidateOrder({ paper: form, seed: `session-2/cand-${c}`, items: byVersion });
  }
});

// 3. Worst case: an individually assembled paper per candidate (500 papers) + its order.
const [, eachMs] = time(() => {
  for (let c = 0; c < CANDIDATES; c++) {
    const r = assemblePaper({ blueprint, bank, seed: `cand-${c}` });
    if (!r.ok) throw new Error("refused");
    candidateOrder({ paper: r.paper, seed: `cand-${c}`, items: byVersion });
  }
});

// 4. Same, with the bank prepared once (eligibility + grouping shared by the 500 papers).
const [, prepEachMs] = time(() => {
  const prep = prepareBank(bank, LEVEL, TRACK);
  for (let c = 0; c < CANDIDATES; c++) {
    const r = assemblePaper({ blueprint, bank: prep, seed: `cand-${c}` });
    if (!r.ok) throw new Error("refused");
    candidateOrder({ paper: r.paper, seed: `cand-${c}`, items: byVersion });
  }
});

// Baseline: naive unconstrained draw of 90 active items × 500 (no blueprint, no spreading).
const active = bank.filter((i) => i.status === "active");
const [, naiveMs] = time(() => {
  for (let c = 0; c < CANDIDATES; c++) shuffle(active, createRng(`naive-${c}`)).slice(0, 90);
});

const [report, reportMs] = time(() => paperConformance({ paper, blueprint, items: byVersion }));

console.log(`bank: ${bank.length} items (generated in ${fmt(genMs)}), L${LEVEL} ${TRACK}, default structure`);
console.log(`blueprint:                                   ${fmt(bpMs)}`);
console.log(`1 paper + ${CANDIDATES} candidate orders:          ${fmt(oneMs + ordersMs)}  (paper ${fmt(oneMs)}, orders ${fmt(ordersMs)}; ${per(oneMs + ordersMs, CANDIDATES)})`);
console.log(`A/B forms + ${CANDIDATES} candidate orders:        ${fmt(abMs + abOrdersMs)}  (forms ${fmt(abMs)}, orders ${fmt(abOrdersMs)}; shared items ${ab.sharedItemIds.length})`);
console.log(`${CANDIDATES} individual papers + orders:        ${fmt(eachMs)}  (${per(eachMs, CANDIDATES)})`);
console.log(`${CANDIDATES} individual papers, prepared bank:     ${fmt(prepEachMs)}  (${per(prepEachMs, CANDIDATES)})`);
console.log(`baseline: naive 90-item draw × ${CANDIDATES}:      ${fmt(naiveMs)}  (${per(naiveMs, CANDIDATES)})`);
console.log(`conformance report:                          ${fmt(reportMs)}  (conforms: ${report.conforms})`);
console.log(`target < 2000 ms per scenario of ${CANDIDATES} forms`);
