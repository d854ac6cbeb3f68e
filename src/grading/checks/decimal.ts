// Exact decimal comparisons of JavaScript numbers, as the person typed them: 1.015 − 1.005 is
// exactly 0.01 here (in binary floating point it is 0.010000000000000009).

type Scaled = { m: bigint; s: number }; // value = m / 10^s

/** A finite number as an exact decimal of its shortest round-trip text (String(n)). */
function scaled(n: number): Scaled {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const [mant = "0", expPart] = String(n).toLowerCase().split("e");
  const exp = expPart ? Number(expPart) : 0;
  const negative = mant.startsWith("-");
  const [int = "0", frac = ""] = mant.replace(/^[-+]/, "").split(".");
  let m = BigInt(int + frac);
  let s = frac.length - exp;
  if (s < 0) {
    m *= 10n ** BigInt(-s);
    s = 0;
  }
  return { m: negative ? -m : m, s };
}

function align(x: Scaled, s: number): bigint {
  return x.m * 10n ** BigInt(s - x.s);
}

/** |a − b| ≤ tolerance, computed exactly on the decimal values (tolerance ≥ 0). */
export function withinTolerance(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  const [x, y, t] = [scaled(a), scaled(b), scaled(tolerance)];
  const s = Math.max(x.s, y.s, t.s);
  const d = align(x, s) - align(y, s);
  return (d < 0n ? -d : d) <= align(t, s);
}

/** Decimals of a number as written: "12.50" → 2, 12.5 → 1, "1e-3" → 3. */
export function decimalsOf(text: string): number {
  const [mant = "", exp] = text.trim().toLowerCase().split("e");
  const frac = mant.split(".")[1]?.length ?? 0;
  return Math.max(0, frac - (exp ? Number(exp) : 0));
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A number typed as text: "12", "-0.5", "1.2e3", "1,299.00" (thousands separators in their
 * places), after NFKC (全角 １２ = 12) and trimming. Anything else (¥12, 12元, 12%) is null.
 */
export function parseNumberText(text: string): number | null {
  const t = text.normalize("NFKC").trim();
  if (PLAIN.test(t)) return Number(t);
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ""));
  return null;
}
