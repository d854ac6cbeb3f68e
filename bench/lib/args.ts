// Tiny CLI flag reader for the benchmarks: `--name value` or `--name=value`; `--flag` alone is "true".
export function readFlags(argv: string[] = process.argv.slice(2)): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) throw new Error(`unexpected argument "${a}" (flags look like --name value)`);
    const eq = a.indexOf("=");
    if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith("--")) flags.set(a.slice(2), argv[++i]!);
    else flags.set(a.slice(2), "true");
  }
  return flags;
}

export function intFlag(flags: Map<string, string>, name: string, fallback: number, bounds: { min: number; max: number }): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) throw new Error(`--${name} must be an integer in ${bounds.min}..${bounds.max}, not "${raw}"`);
  return n;
}

export function intListFlag(flags: Map<string, string>, name: string, fallback: number[], bounds: { min: number; max: number }): number[] {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  return raw.split(",").map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) throw new Error(`--${name}: each value must be an integer in ${bounds.min}..${bounds.max}, not "${s}"`);
    return n;
  });
}

export function rejectUnknown(flags: Map<string, string>, known: string[]): void {
  for (const k of flags.keys()) if (!known.includes(k)) throw new Error(`unknown flag --${k} (known: ${known.map((x) => `--${x}`).join(", ")})`);
}
