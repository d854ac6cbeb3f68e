// Counts a check's conditions (met / total) and collects its findings.
import type { Finding, FindingKey, FindingParams } from "./types";

type Entry = { key: FindingKey; params?: FindingParams };

export class Tally {
  met = 0;
  total = 0;
  readonly findings: Finding[] = [];

  /** One condition, met or not, with its finding. */
  add(ok: boolean, entry: Entry): this {
    this.total += 1;
    if (ok) this.met += 1;
    this.findings.push({ ok, ...entry });
    return this;
  }

  /** One condition with a finding only when it is not met. */
  check(ok: boolean, failure: Entry): this {
    this.total += 1;
    if (ok) this.met += 1;
    else this.findings.push({ ok: false, ...failure });
    return this;
  }

  /** `n` further conditions, none met (e.g. what could not be evaluated for a missing file). */
  fail(n: number): this {
    if (n > 0) this.total += n;
    return this;
  }

  /** Conditions counted without a finding of their own. */
  count(met: number, total: number): this {
    this.met += met;
    this.total += total;
    return this;
  }

  /** A finding that is not a condition of its own (explanations, details of a counted one). */
  push(finding: Finding): this {
    this.findings.push(finding);
    return this;
  }

  /** Information that is not a condition (always ok). */
  note(entry: Entry): this {
    this.findings.push({ ok: true, ...entry });
    return this;
  }

  merge(other: Tally): this {
    this.met += other.met;
    this.total += other.total;
    this.findings.push(...other.findings);
    return this;
  }
}
