// The analysis pages' tables as XLSX sheets (headers and labels in zh-CN, like every export).
import type { Figure } from "@/grading/analytics";
import { translate, type MessageKey } from "@/i18n";
import { areaLabel, itemTypeLabel } from "../reports/labels";
import type { RaterGroup } from "./get-rater-analysis";
import type { AnalysedItem, AnalysedPaper } from "./paper-data";
import type { XCell, XSheet } from "./workbook";

const z = (key: MessageKey, params?: Record<string, string | number>) => translate("zh-CN", key, params);
const f = (figure: Figure, numFmt = "0.0000", scale = 1): XCell => ({ figure, numFmt, scale });
const flagText = (i: AnalysedItem) => i.analysis.flags.map((x) => z(`analytics.flag.${x}`)).join("、");

const ITEM_HEADER = () => [
  z("analytics.items.col.no"),
  z("analytics.items.col.stem"),
  z("analytics.items.col.type"),
  z("analytics.items.col.area"),
  z("analytics.item.col.n"),
  z("analytics.items.col.facility"),
  z("analytics.items.col.sd"),
  z("analytics.items.col.di"),
  z("analytics.items.col.de"),
  z("analytics.items.col.ew"),
  z("analytics.items.col.ul"),
  z("analytics.items.col.flags"),
  z("analytics.items.underReview"),
];

/** The item figures of one item as a row (after the given leading cells). */
export function itemRow(i: AnalysedItem): XCell[] {
  const a = i.analysis;
  return [
    i.position,
    i.stem,
    itemTypeLabel(i.type),
    areaLabel(i.area),
    a.n,
    f(a.facility),
    f(a.sd),
    f(a.discriminationIndex, "0.00"),
    f(a.discriminativeEfficiency, "0.00"),
    f(a.effectiveWeight, "0.00"),
    a.upperLower ? f({ value: a.upperLower.d, reason: null }) : f({ value: null, reason: a.n === 0 ? "no-data" : "too-few-attempts" }),
    flagText(i),
    i.underReview ? "是" : "",
  ];
}

export function itemSheet(papers: readonly AnalysedPaper[]): XSheet {
  return {
    name: "题目分析",
    header: ["试卷", ...ITEM_HEADER()],
    rows: papers.flatMap((p) => p.items.map((i) => [p.paperName, ...itemRow(i)])),
    widths: [24, 8, 48],
  };
}

const DISTRACTOR_HEADER = () => [
  z("analytics.items.col.no"),
  z("analytics.distractors.col.option"),
  "选项内容",
  z("analytics.distractors.col.key"),
  z("analytics.distractors.col.chosen"),
  z("analytics.distractors.col.share"),
  z("analytics.distractors.col.upper"),
  z("analytics.distractors.col.lower"),
  "高低分组人数",
  z("analytics.distractors.col.note"),
];

export function distractorRows(i: AnalysedItem): XCell[][] {
  const d = i.analysis.distractors;
  if (!d) return [];
  const text = new Map(i.options.map((o) => [o.key, o.text]));
  return [
    ...d.options.map((o): XCell[] => [
      i.position,
      o.key,
      text.get(o.key) ?? "",
      o.keyed ? "是" : "",
      o.chosen,
      o.share === null ? f({ value: null, reason: "no-data" }) : f({ value: o.share, reason: null }, "0.0%"),
      o.upper,
      o.lower,
      d.groupSize,
      [o.dead && z("analytics.distractors.dead"), o.attractsUpper && z("analytics.distractors.attractsUpper"), o.beatsKey && z("analytics.distractors.beatsKey")].filter(Boolean).join("；"),
    ]),
    [i.position, z("analytics.distractors.omitted"), "", "", d.omitted, d.n ? f({ value: d.omitted / d.n, reason: null }, "0.0%") : null, null, null, d.groupSize, ""],
  ];
}

export function distractorSheet(papers: readonly AnalysedPaper[]): XSheet {
  return { name: "选项分析", header: ["试卷", ...DISTRACTOR_HEADER()], rows: papers.flatMap((p) => p.items.flatMap((i) => distractorRows(i).map((r) => [p.paperName, ...r]))), widths: [24, 8, 8, 36] };
}

export function testSheets(papers: readonly AnalysedPaper[]): XSheet[] {
  const figures: Array<[string, (p: AnalysedPaper) => XCell]> = [
    [z("analytics.test.n"), (p) => p.test.n],
    [z("analytics.test.mean"), (p) => f(p.test.mean)],
    [z("analytics.test.median"), (p) => f(p.test.median)],
    [z("analytics.test.sd"), (p) => f(p.test.sd)],
    [z("analytics.test.skewness"), (p) => f(p.test.skewness)],
    [z("analytics.test.kurtosis"), (p) => f(p.test.kurtosis)],
    [`${z("analytics.test.alpha")}（${z("analytics.test.kr20")}：${papers.every((p) => p.test.kr20) ? "是" : "否"}）`, (p) => f(p.test.alpha)],
    [z("analytics.test.sem"), (p) => f(p.test.sem)],
    [z("analytics.test.errorRatio"), (p) => f(p.test.errorRatio, "0.00")],
    [z("analytics.test.passed"), (p) => p.test.passed],
    [z("analytics.test.passRate"), (p) => f(p.test.passRate, "0.0%")],
  ];
  return [
    { name: "试卷分析", header: [z("analytics.test.col.figure"), ...papers.map((p) => p.paperName)], rows: figures.map(([label, get]) => [label, ...papers.map(get)]), widths: [40] },
    {
      name: "成绩分布",
      header: ["试卷", z("analytics.test.bin"), z("analytics.test.count"), "含及格线"],
      rows: papers.flatMap((p) => p.test.histogram.map((b) => [p.paperName, b.label, b.count, b.from / 100 <= p.test.passPercent && p.test.passPercent <= b.to / 100 ? `${z("analytics.test.passLine")} ${p.test.passPercent}%` : ""])),
      widths: [24, 14],
    },
    {
      name: "各范围达标率",
      header: ["试卷", z("analytics.test.col.area"), z("analytics.test.col.n"), z("analytics.test.col.passed"), z("analytics.test.col.rate")],
      rows: papers.flatMap((p) => p.areas.map((a) => [p.paperName, areaLabel(a.area), a.n, a.passed, f({ value: a.rate, reason: null }, "0.0%")])),
      widths: [24, 16],
    },
  ];
}

const groupName = (g: RaterGroup) => (g.task ? z("analytics.raters.task", { title: g.task.title, duty: g.task.duty, points: g.task.points }) : z("analytics.raters.overall"));

export function raterSheets(groups: readonly RaterGroup[]): XSheet[] {
  const icc = ["icc11", "icc21", "icc31", "icc1k", "icc2k", "icc3k"] as const;
  return [
    {
      name: "评分一致性",
      header: ["范围", "评分对象", "评分数", "全员评过的对象", ...icc.map((k) => z(`analytics.raters.${k}`)), z("analytics.raters.kInterval"), z("analytics.raters.kNominal")],
      rows: groups.map((g) => [groupName(g), g.targets, g.ratings, g.icc.completeTargets, ...icc.map((k) => f(g.icc[k])), f(g.krippendorff.interval), f(g.krippendorff.nominal)]),
      widths: [40],
    },
    {
      name: "考评人员严宽度",
      header: [
        "范围",
        "单位",
        z("analytics.raters.col.examiner"),
        z("analytics.raters.col.rated"),
        z("analytics.raters.col.compared"),
        z("analytics.raters.col.severity"),
        z("analytics.raters.col.sd"),
        z("analytics.raters.col.adjudicated"),
        z("analytics.raters.col.share"),
        "标记阈值",
        z("analytics.raters.col.flag"),
      ],
      rows: groups.flatMap((g) =>
        g.examiners.map((e) => [
          groupName(g),
          g.unit === "points" ? "分" : "百分点",
          e.name,
          e.rated,
          e.compared,
          f(e.severity),
          f(e.sdDeviation),
          e.adjudicated,
          f(e.adjudicatedShare, "0.0%"),
          g.severityThreshold,
          e.flag ? z(`analytics.raters.flag.${e.flag}`) : "",
        ]),
      ),
      widths: [40, 8, 16],
    },
  ];
}
