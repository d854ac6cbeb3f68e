// Section 4 权重表, and the duties / areas they are keyed by.
//
// The extracted tables lost their merged cells. Reading (see docs/standard.md):
// each row has up to four value cells [L5 网商, L5 跨境, L4 网商, L4 跨境]; when a level has a
// single value it was a cell merged across both tracks; "—" or an empty cell is 0. Every
// column then sums to 100 (checked by the schema and the unit tests).
import type { AreaCode, LevelCode, StandardInput, TrackCode, WeightRow } from "../schema";

export const duties: StandardInput["duties"] = [
  { code: "1", name: "产品及服务信息管理" },
  { code: "2", name: "线上店铺设计与装修" },
  { code: "3", name: "营销推广" },
  { code: "4", name: "业务处理" },
  { code: "5", name: "客户服务" },
  { code: "6", name: "商务数据分析" },
];

export const areas: StandardInput["areas"] = [
  { code: "ethics", name: "职业道德" },
  { code: "basics", name: "基础知识" },
  ...duties,
];

export const zeroWeightAreas: StandardInput["zeroWeightAreas"] = [
  { name: "电子商务战略规划", group: "related-knowledge-or-skill", note: "“—” at both levels in both tables (the skill table's row is blank); belongs to higher levels" },
  { name: "电子商务模式设计", group: "related-knowledge-or-skill", note: "“—” at both levels in both tables; belongs to higher levels" },
  { name: "技术管理与培训", group: "related-knowledge-or-skill", note: "“—” at both levels in both tables; belongs to higher levels" },
];

/** [L5 网商, L5 跨境, L4 网商, L4 跨境], after expanding merged cells; "—"/blank = 0. */
type Columns = readonly [number, number, number, number];

const COLUMNS: ReadonlyArray<readonly [LevelCode, TrackCode]> = [
  ["5", "online-merchant"],
  ["5", "cross-border"],
  ["4", "online-merchant"],
  ["4", "cross-border"],
];

function expand(table: ReadonlyArray<readonly [AreaCode, Columns]>): WeightRow[] {
  return table.flatMap(([area, values]) =>
    COLUMNS.map(([level, track], i) => ({ level, track, area, percent: values[i] ?? 0 })),
  );
}

// 4.1 理论知识权重表                 text row (tab-separated cells after the name)
export const theoryWeights: WeightRow[] = expand([
  ["ethics", [5, 5, 5, 5]], //       职业道德	5		5
  ["basics", [30, 30, 25, 25]], //   基础知识	30		25
  ["1", [10, 10, 10, 10]], //        产品及服务信息管理	10		10
  ["2", [15, 20, 10, 15]], //        线上店铺设计与装修	15	20	10	15
  ["3", [10, 0, 15, 10]], //         营销推广	10	—	15	10
  ["4", [10, 20, 10, 15]], //        业务处理	10	20	10	15
  ["5", [10, 0, 10, 10]], //         客户服务	10	—	10
  ["6", [10, 15, 15, 10]], //        商务数据分析	10	15	15	10
]);

// 4.2 技能要求权重表. The skill table has no 职业道德/基础知识 rows: they are 0 here so that
// every (level, track, area) is present in both tables.
export const skillWeights: WeightRow[] = expand([
  ["ethics", [0, 0, 0, 0]],
  ["basics", [0, 0, 0, 0]],
  ["1", [20, 20, 20, 20]], //        产品及服务信息管理	20		20
  ["2", [15, 35, 15, 15]], //        线上店铺设计与装修	15	35	15
  ["3", [20, 0, 20, 15]], //         营销推广	20	—	20	15
  ["4", [15, 30, 15, 20]], //        业务处理	15	30	15	20
  ["5", [15, 0, 15, 15]], //         客户服务	15	—	15
  ["6", [15, 15, 15, 15]], //        商务数据分析	15		15
]);
