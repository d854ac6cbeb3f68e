// Benchmark (not a test), issue 16: item analysis of 2,000 attempts × 90 items (item figures,
// distractors of 4-option items, flags and the test figures) and rater agreement of 500
// candidates × 5 examiners (ICCs, Krippendorff's α interval and nominal, severity), each against
// a naive implementation of the same figures in the same run (textbook loops: per-item arrays of
// objects, a fresh sort of the attempts for every item's groups, Krippendorff's α from every pair
// of values). Both sides' results are compared, so the baseline is a real implementation.
// Target (issue 16): each under 1 s. Numbers are printed, never asserted.
// Run: npx tsx bench/analytics.ts [--runs 5]
import { createRng } from "../src/exam";
import { analysePaper, intraclassCorrelations, krippendorffAlpha, raterSeverity, type PaperAnalysisInput, type RatingsInput } from "../src/grading/analytics";
import { extremeGroupSize } from "../src/grading";
import { intFlag, readFlags, rejectUnknown } from "./lib/args";
import { table } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["runs"]);
const RUNS = intFlag(flags, "runs", 5, { min: 1, max: 50 });
const ATTEMPTS = 2000;
const ITEMS = 90;
const CANDIDATES = 500;
const EXAMINERS = 5;
const OPTIONS = ["A", "B", "C", "D"];

// --- data -----------------------------------------------------------------------------------
function paperData(): PaperAnalysisInput {
  const rng = createRng("bench-analytics-items");
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `q${i + 1}`,
    // 20 true/false and 60 single-choice items of 1 point, 10 multiple-choice of 2 (the default structure).
    maxMark: i >= 80 ? 2 : 1,
    choice: { options: i < 20 ? ["A", "B"] : OPTIONS, key: i >= 80 ? ["A", "C"] : ["A"] },
    difficulty: normal(),
  }));
  const attempts = Array.from({ length: ATTEMPTS }, (_, a) => {
    const ability = normal();
    const responses: string[][] = [];
    const marks = items.map((it) => {
      const right = rng.next() < 1 / (1 + Math.exp(-(ability - it.difficulty)));
      const wrong = it.choice.options.filter((o) => !it.choice.key.includes(o));
      responses.push(right ? [...it.choice.key] : [wrong[Math.floor(rng.next() * wrong.length)]!]);
      return right ? it.maxMark : 0;
    });
    return { id: `a${String(a).padStart(5, "0")}`, marks, responses };
  });
  return { items: items.map(({ difficulty: _d, ...it }) => it), attempts };
}

function ratingData(): RatingsInput {
  const rng = createRng("bench-analytics-raters");
  const severity = [-3, -1, 0, 1, 2];
  return {
    raters: Array.from({ length: EXAMINERS }, (_, j) => `e${j + 1}`),
    targets: Array.from({ length: CANDIDATES }, (_, i) => {
      const truth = 40 + rng.next() * 60;
      return {
        id: `c${i}`,
        ratings: severity.map((s) => (rng.next() < 0.05 ? null : Math.round(Math.max(0, Math.min(100, truth + s + (rng.next() - 0.5) * 8))))),
        adjudicated: rng.next() < 0.1,
      };
    }),
  };
}

// --- naive implementations ------------------------------------------------------------------
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const cov = (xs: number[], ys: number[]) => {
  const mx = mean(xs);
  const my = mean(ys);
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / (xs.length - 1);
};

function naiveItems(input: PaperAnalysisInput) {
  const rows = input.attempts.map((a) => ({ id: a.id, marks: [...a.marks], responses: a.responses!, total: a.marks.reduce((s, m) => s + m, 0) }));
  const covT = input.items.map((_, i) => cov(rows.map((r) => r.marks[i]!), rows.map((r) => r.total)));
  const sumRoot = covT.filter((c) => c >= 0).reduce((s, c) => s + Math.sqrt(c), 0);
  const out = input.items.map((it, i) => {
    const x = rows.map((r) => r.marks[i]!);
    const rest = rows.map((r) => r.total - r.marks[i]!);
    const c = cov(x, rest);
    const xs = [...x].sort((p, q) => p - q);
    const rs = [...rest].sort((p, q) => p - q);
    const ranked = [...rows].sort((p, q) => q.total - p.total || (p.id < q.id ? -1 : 1));
    const g = extremeGroupSize(ranked.length);
    const upper = ranked.slice(0, g);
    const lower = ranked.slice(ranked.length - g);
    const options = it.choice!.options.map((o) => ({
      key: o,
      chosen: rows.filter((r) => r.responses[i]!.includes(o)).length,
      upper: upper.filter((r) => r.responses[i]!.includes(o)).length,
      lower: lower.filter((r) => r.responses[i]!.includes(o)).length,
    }));
    return {
      facility: mean(x) / it.maxMark,
      sd: Math.sqrt(cov(x, x)) / it.maxMark,
      di: (100 * c) / Math.sqrt(cov(x, x) * cov(rest, rest)),
      de: (100 * c) / cov(xs, rs),
      ew: covT[i]! >= 0 ? (100 * Math.sqrt(covT[i]!)) / sumRoot : null,
      ul: (mean(upper.map((r) => r.marks[i]!)) - mean(lower.map((r) => r.marks[i]!))) / it.maxMark,
      options,
    };
  });
  const totals = rows.map((r) => r.total);
  const alpha = (ITEMS / (ITEMS - 1)) * (1 - input.items.reduce((s, _, i) => s + cov(rows.map((r) => r.marks[i]!), rows.map((r) => r.marks[i]!)), 0) / cov(totals, totals));
  return { items: out, alpha };
}

function naiveRaters(input: RatingsInput) {
  const k = input.raters.length;
  const complete = input.targets.filter((t) => t.ratings.every((r) => r !== null)).map((t) => t.ratings as number[]);
  const n = complete.length;
  const all = complete.flat();
  const grand = mean(all);
  let bss = 0;
  let jss = 0;
  let sst = 0;
  for (const row of complete) bss += k * (mean(row) - grand) ** 2;
  for (let j = 0; j < k; j++) jss += n * (mean(complete.map((r) => r[j]!)) - grand) ** 2;
  for (const v of all) sst += (v - grand) ** 2;
  const bms = bss / (n - 1);
  const jms = jss / (k - 1);
  const ems = (sst - bss - jss) / ((n - 1) * (k - 1));
  const icc21 = (bms - ems) / (bms + (k - 1) * ems + (k * (jms - ems)) / n);
  // Krippendorff's α from every ordered pair within units and every pair of pairable values.
  const alpha = (delta: (a: number, b: number) => number) => {
    const units = input.targets.map((t) => t.ratings.filter((r): r is number => r !== null)).filter((v) => v.length >= 2);
    const values = units.flat();
    let observed = 0;
    for (const u of units) for (let i = 0; i < u.length; i++) for (let j = 0; j < u.length; j++) if (i !== j) observed += delta(u[i]!, u[j]!) / (u.length - 1);
    let expected = 0;
    for (let i = 0; i < values.length; i++) for (let j = 0; j < values.length; j++) if (i !== j) expected += delta(values[i]!, values[j]!);
    return 1 - ((values.length - 1) * observed) / expected;
  };
  const severity = input.raters.map((_, j) => {
    const devs = input.targets.filter((t) => t.ratings[j] !== null && t.ratings.filter((r) => r !== null).length >= 2).map((t) => t.ratings[j]! - mean(t.ratings.filter((r): r is number => r !== null)));
    return mean(devs);
  });
  return { icc21, interval: alpha((a, b) => (a - b) ** 2), nominal: alpha((a, b) => (a === b ? 0 : 1)), severity };
}

// --- timing ---------------------------------------------------------------------------------
function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const paper = paperData();
const ratings = ratingData();

const ours = analysePaper(paper);
const naive = naiveItems(paper);
let itemDiff = Math.abs(ours.test.alpha.value! - naive.alpha);
ours.items.forEach((it, i) => {
  const nv = naive.items[i]!;
  for (const [a, b] of [
    [it.facility.value, nv.facility],
    [it.sd.value, nv.sd],
    [it.discriminationIndex.value, nv.di],
    [it.discriminativeEfficiency.value, nv.de],
    [it.effectiveWeight.value, nv.ew],
    [it.upperLower!.d, nv.ul],
  ] as Array<[number | null, number | null]>)
    itemDiff = Math.max(itemDiff, a === null || b === null ? (a === b ? 0 : Infinity) : Math.abs(a - b));
  it.distractors!.options.forEach((o, k) => {
    const no = nv.options[k]!;
    if (o.chosen !== no.chosen || o.upper !== no.upper || o.lower !== no.lower) itemDiff = Infinity;
  });
});
const r = { icc: intraclassCorrelations(ratings), k: krippendorffAlpha(ratings), s: raterSeverity(ratings, 5) };
const nr = naiveRaters(ratings);
const raterDiff = Math.max(
  Math.abs(r.icc.icc21.value! - nr.icc21),
  Math.abs(r.k.interval.value! - nr.interval),
  Math.abs(r.k.nominal.value! - nr.nominal),
  ...r.s.map((s, j) => Math.abs(s.severity.value! - nr.severity[j]!)),
);

const itemMs = median(() => analysePaper(paper), RUNS);
const itemNaiveMs = median(() => naiveItems(paper), RUNS);
const raterMs = median(() => ({ a: intraclassCorrelations(ratings), b: krippendorffAlpha(ratings), c: raterSeverity(ratings, 5) }), RUNS);
const raterNaiveMs = median(() => naiveRaters(ratings), RUNS);

console.log(`analytics benchmark — Node ${process.version}, median of ${RUNS} runs (after one warm-up run)\n`);
console.log(
  table(
    ["task", "src/grading/analytics", "naive", "naive / ours", "largest difference"],
    [
      [`item analysis, ${ATTEMPTS} attempts × ${ITEMS} items`, `${itemMs.toFixed(1)} ms`, `${itemNaiveMs.toFixed(1)} ms`, `${(itemNaiveMs / itemMs).toFixed(1)}×`, itemDiff.toExponential(1)],
      [`rater agreement, ${CANDIDATES} candidates × ${EXAMINERS} examiners`, `${raterMs.toFixed(1)} ms`, `${raterNaiveMs.toFixed(1)} ms`, `${(raterNaiveMs / raterMs).toFixed(1)}×`, raterDiff.toExponential(1)],
    ],
  ),
);
console.log(`\nKR-20 ${ours.test.alpha.value!.toFixed(4)}, ICC(2,1) ${r.icc.icc21.value!.toFixed(4)}, Krippendorff's α interval ${r.k.interval.value!.toFixed(4)} (${r.k.pairableValues} pairable ratings)`);
