// 示例题目 (SAMPLE CONTENT) — what candidates hand in for the demo skill tasks, by duty, and the
// materials they receive. Every demo task gets deliverables (so every duty of every level·track
// has at least one task with deliverables and checks) and at least one material file, generated
// at seed time (src/server/seed/seed-demo-materials.ts): a product photo (PNG), an order sheet to
// clean (XLSX and CSV), a data sheet (CSV), a brief (TXT).
import type { Cell } from "@/grading/checks";

const MB = 1024 * 1024;
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The order sheet of duty 6 as the candidate receives it: blanks, a duplicate, an outlier, numbers stored as text. */
export const DIRTY_ORDERS: Cell[][] = [
  ["订单编号", "商品", "数量", "金额"],
  ["DD1001", "保温杯", 2, 118],
  ["DD1002", "保温杯", 1, 59],
  ["DD1002", "保温杯", 1, 59],
  ["DD1003", "焖烧罐", "3", "267"],
  ["DD1004", "", 1, 89],
  ["DD1005", "保温杯", 500, 29500],
  ["DD1006", "焖烧罐", 1, 89],
];

/** The model answer: duplicate removed, outlier row removed, types fixed, the blank filled. */
export const CLEAN_ORDERS: { columns: string[]; rows: Cell[][] } = {
  columns: ["订单编号", "商品", "数量", "金额"],
  rows: [
    ["DD1001", "保温杯", 2, 118],
    ["DD1002", "保温杯", 1, 59],
    ["DD1003", "焖烧罐", 3, 267],
    ["DD1004", "焖烧罐", 1, 89],
    ["DD1006", "焖烧罐", 1, 89],
  ],
};

const note = {
  id: "note",
  title: "操作说明",
  instructions: "简要说明你的操作步骤和结果（不超过 500 字），不得使用“最”“第一”等绝对化用语。",
  kind: "text",
  rich: false,
  maxLength: 500,
  checks: [{ kind: "forbidden-words" }],
};

/** Deliverables (DeliverableSpec JSON, src/exam/deliverables.ts) of a demo task of this duty. */
export function demoDeliverables(duty: string): unknown[] {
  if (duty === "1")
    return [
      { id: "title", title: "商品标题", instructions: "不超过 60 个字，不得含绝对化用语。", kind: "text", rich: false, maxLength: 60, checks: [{ kind: "text-length", max: 60 }, { kind: "forbidden-words" }] },
      {
        id: "listing",
        title: "商品信息",
        kind: "fields",
        fields: [
          { name: "price", label: "价格（元）", type: "number", required: true, min: 0, max: 99999 },
          { name: "stock", label: "库存", type: "number", required: true, min: 0 },
          { name: "origin", label: "产地", type: "text", required: true, maxLength: 50 },
        ],
        checks: [
          {
            kind: "fields",
            fields: [
              { name: "price", label: "价格", type: "number", min: 0.01, max: 99999, maxDecimals: 2 },
              { name: "stock", label: "库存", type: "number", min: 0, integer: true },
              { name: "origin", label: "产地", type: "text", minLength: 2, maxLength: 50 },
            ],
          },
        ],
      },
      {
        id: "detail",
        title: "商品详情描述",
        instructions: "用小标题、加粗和项目符号列表介绍产地、规格、储存方法等卖点，100–800 字，不得含绝对化用语。",
        kind: "text",
        rich: true,
        maxLength: 800,
        checks: [{ kind: "text-length", min: 100, max: 800 }, { kind: "forbidden-words" }],
      },
      {
        id: "main-image",
        title: "商品主图",
        instructions: "JPG 或 PNG，800×800 像素以上，正方形。",
        kind: "files",
        accept: ["image/jpeg", "image/png"],
        maxBytes: 50 * MB,
        maxCount: 1,
        checks: [{ kind: "image", formats: ["jpeg", "png"], minWidth: 800, minHeight: 800, aspect: { w: 1, h: 1, tolerance: 0.01 } }],
      },
      note,
    ];
  if (duty === "6")
    return [
      {
        id: "clean-sheet",
        title: "清洗后的订单表",
        instructions: "处理空值、删除重复行和异常行、把文本型数字改为数值，保存为 XLSX 或 CSV。",
        kind: "files",
        accept: [XLSX_MIME, "text/csv"],
        maxBytes: 20 * MB,
        maxCount: 1,
        checks: [{ kind: "table", expected: CLEAN_ORDERS, options: { keyColumns: ["订单编号"], ranges: { 数量: { min: 1, max: 100 } } } }],
      },
      note,
    ];
  return [
    {
      id: "settings",
      title: "关键设置",
      kind: "fields",
      fields: [
        { name: "name", label: "名称", type: "text", required: true, maxLength: 60 },
        { name: "value", label: "数值", type: "number", required: false, min: 0 },
      ],
      checks: [{ kind: "fields", fields: [{ name: "name", label: "名称", type: "text", minLength: 2, maxLength: 60 }] }],
    },
    {
      id: "work",
      title: "成果文件",
      instructions: "截图、表格或文档，最多 3 个文件。",
      kind: "files",
      accept: ["image/png", "image/jpeg", "application/pdf", XLSX_MIME, DOCX_MIME, "text/csv"],
      maxBytes: 20 * MB,
      maxCount: 3,
      checks: [],
    },
    note,
  ];
}

/** Which generated materials a demo task of this duty gets (see seed-demo-materials.ts). */
export function demoMaterialKinds(duty: string): Array<"photo" | "orders-xlsx" | "orders-csv" | "data-csv"> {
  if (duty === "1") return ["photo"];
  if (duty === "6") return ["orders-xlsx", "orders-csv"];
  return ["data-csv"];
}
