// Exact integer arithmetic helpers for scores in hundredths of a point. Internal to src/grading.

/** Throws unless `n` is a safe integer (optionally ≥ 0). `what` names the value in the message. */
export function assertInteger(n: number, what: string, { nonNegative = false } = {}): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} 须为整数（以 0.01 分为单位），实际为 ${n}`);
  if (nonNegative && n < 0) throw new RangeError(`${what} 不能为负数，实际为 ${n}`);
}

/**
 * num / den rounded to the nearest integer, halves away from zero (for non-negative values:
 * half up). `den` > 0. Exact for safe integers.
 */
export function divRoundHalfUp(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) throw new RangeError(`divRoundHalfUp(${num}, ${den})`);
  const sign = num < 0 ? -1 : 1;
  const abs = Math.abs(num);
  const q = Math.floor(abs / den);
  const r = abs - q * den;
  const result = 2 * r >= den ? q + 1 : q;
  return result === 0 ? 0 : sign * result;
}

/** num / den as a decimal number rounded (half away from zero) to `decimals` places. */
export function ratio(num: number, den: number, decimals = 4): number {
  const scale = 10 ** decimals;
  return divRoundHalfUp(num * scale, den) / scale;
}

/** Exact sum of fractions a/b (b > 0, small) as a reduced fraction. */
export interface Fraction {
  num: number;
  den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x || 1;
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  const g = gcd(a.den, b.den);
  const den = (a.den / g) * b.den;
  const num = a.num * (den / a.den) + b.num * (den / b.den);
  const h = gcd(num, den);
  return { num: num / h, den: den / h };
}
