import type { Translate } from "@/i18n";

/** "试卷名（A 卷）（25 份作答）". */
export function paperHeading(t: Translate, p: { paperName: string; form: string | null; test: { n: number } }): string {
  return t("analytics.paper", { paper: p.paperName, n: p.test.n });
}
