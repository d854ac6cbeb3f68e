// The automatic checks an author configures per deliverable (issue 14), as zod schemas. The
// schema is the type. Bad configurations are refused with Chinese messages that name the setting
// (see `checkSpecIssues`). Defaults are applied where a check runs, not here, so what is stored is
// exactly what the author wrote. Pure: no I/O. Documented in docs/skill-checks.md.
import { z } from "zod";

// --- shared pieces --------------------------------------------------------------------------

/** How text length is counted. See `countCharacters` in text.ts. */
export const LengthUnitSchema = z.enum(["char", "width"]);
export type LengthUnit = z.infer<typeof LengthUnitSchema>;

/** Image formats by content (what the probe reports), lower case. */
export const IMAGE_FORMATS = ["jpeg", "png", "webp", "gif", "bmp", "tiff", "heic", "avif"] as const;
export const ImageFormatSchema = z.enum(IMAGE_FORMATS);
export type ImageFormat = z.infer<typeof ImageFormatSchema>;

/** Video container formats the probe reports, lower case. */
export const VIDEO_FORMATS = ["mp4", "mov", "webm", "mkv", "avi", "flv", "wmv", "3gp", "mpeg"] as const;
export const VideoFormatSchema = z.enum(VIDEO_FORMATS);
export type VideoFormat = z.infer<typeof VideoFormatSchema>;

const count = (max: number) => z.number().int().min(0).max(max);
const positive = (max: number) => z.number().int().min(1).max(max);
/** Numbers with at most `places` decimals (so that comparisons at a boundary are exact). */
const decimal = (places: number, min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((n) => Math.abs(n * 10 ** places - Math.round(n * 10 ** places)) < 1e-6, { message: `最多 ${places} 位小数` });
const word = z.string().trim().min(1, "词语不能为空").max(100, "词语最长 100 个字符");
/** Reads a field of a structured-form deliverable instead of the text deliverable. */
const sourceField = z.string().trim().min(1, "字段名不能为空").max(100).optional();

/** A custom issue whose message names the setting itself (no label is put in front of it). */
function issue(ctx: z.RefinementCtx, path: (string | number)[], message: string) {
  ctx.addIssue({ code: "custom", path, message, params: { named: true } });
}

function noDuplicates(values: string[], ctx: z.RefinementCtx, path: (string | number)[], what: string) {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const k = v.normalize("NFKC").toLowerCase();
    if (seen.has(k)) issue(ctx, [...path, i], `${what}「${v}」重复`);
    seen.add(k);
  });
}

function minNotAboveMax(
  s: { min?: number; max?: number },
  ctx: z.RefinementCtx,
  what: string,
  keys: [string, string] = ["min", "max"],
) {
  if (s.min !== undefined && s.max !== undefined && s.min > s.max)
    issue(ctx, [keys[0]], `${what}的下限 ${s.min} 大于上限 ${s.max}`);
}

/** Aspect ratio w:h with a relative tolerance: |(W/H) / (w/h) − 1| ≤ tolerance. */
export const AspectSchema = z.object({
  w: positive(1000),
  h: positive(1000),
  tolerance: decimal(4, 0, 0.5),
});
export type Aspect = z.infer<typeof AspectSchema>;

// --- tables (data cleaning, duty 6) ---------------------------------------------------------

const CellSchema = z.union([z.string().max(10_000), z.number().refine(Number.isFinite, "单元格数值无效"), z.null()]);
export type Cell = z.infer<typeof CellSchema>;

/**
 * A table: column names and rows of cells (string, number or null for blank). `rowNumbers`
 * (optional) are the spreadsheet row numbers of `rows` for messages; else row i is shown as i + 2
 * (the header being row 1).
 */
export const TableSchema = z
  .object({
    columns: z.array(z.string().max(200)).min(1, "表格至少要有一列").max(200, "表格最多 200 列"),
    rows: z.array(z.array(CellSchema)).max(20_000, "表格最多 20000 行"),
    rowNumbers: z.array(z.number().int().positive()).optional(),
  })
  .superRefine((t, ctx) => {
    t.rows.forEach((r, i) => {
      if (r.length !== t.columns.length)
        issue(ctx, ["rows", i], `第 ${i + 1} 行有 ${r.length} 个单元格，应为 ${t.columns.length} 个（与列数相同）`);
    });
    if (t.rowNumbers && t.rowNumbers.length !== t.rows.length)
      issue(ctx, ["rowNumbers"], "行号的个数与行数不一致");
  });
export type Table = z.infer<typeof TableSchema>;

const RangeSchema = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .superRefine((r, ctx) => minNotAboveMax(r, ctx, "合理范围"));

export const TableCompareOptionsSchema = z.object({
  /** Columns that identify a row (e.g. 订单编号); rows are matched by them. Else by content. */
  keyColumns: z.array(z.string().trim().min(1)).max(10).optional(),
  /** Default true: the candidate's rows may be in any order. */
  ignoreRowOrder: z.boolean().optional(),
  /** Default false: a column the expected table lacks is an error. */
  allowExtraColumns: z.boolean().optional(),
  /** Default 0: numbers equal when |a − b| ≤ tolerance (absolute, exact decimal arithmetic). */
  numericTolerance: decimal(6, 0, 1_000_000).optional(),
  /** Default true: leading/trailing spaces of text cells are ignored. */
  trim: z.boolean().optional(),
  /** Default true: full-width letters, digits and signs equal half-width ones (NFKC). */
  normalizeWidth: z.boolean().optional(),
  /** Default false: upper and lower case differ. */
  ignoreCase: z.boolean().optional(),
  /** Default true: a number stored as text (or text as a number) is a type error (6.2.4). */
  checkTypes: z.boolean().optional(),
  /** Texts that count as a blank cell besides the empty one, e.g. "NULL", "N/A". */
  blankValues: z.array(z.string().max(50)).max(20).optional(),
  /** Plausible range per numeric column: values outside it are labelled outliers (6.2.3). */
  ranges: z.record(z.string(), RangeSchema).optional(),
});
export type TableCompareOptions = z.infer<typeof TableCompareOptionsSchema>;

// --- structured forms -----------------------------------------------------------------------

const fieldBase = {
  name: z.string().trim().min(1, "字段名不能为空").max(100),
  label: z.string().trim().max(100).optional(),
  /** Default true: the field must be filled in. */
  required: z.boolean().optional(),
};

function validPattern(p: string): boolean {
  try {
    new RegExp(p, "u");
    return true;
  } catch {
    return false;
  }
}

export const TextFieldRuleSchema = z
  .object({
    type: z.literal("text"),
    ...fieldBase,
    minLength: count(100_000).optional(),
    maxLength: count(100_000).optional(),
    unit: LengthUnitSchema.optional(),
    /** A regular expression the whole value must match (JavaScript syntax, Unicode mode). */
    pattern: z.string().min(1).max(500).refine(validPattern, "正则表达式无效").optional(),
    /** What the pattern means, shown in the finding (e.g. "11 位手机号"). */
    patternHint: z.string().max(100).optional(),
    /** The only values allowed (after trimming), e.g. a 运费模板's 计价方式. */
    allowed: z.array(z.string().trim().min(1).max(200)).min(1, "可选值至少一个").max(200).optional(),
  })
  .superRefine((f, ctx) => minNotAboveMax({ min: f.minLength, max: f.maxLength }, ctx, `字段「${f.label ?? f.name}」长度`, ["minLength", "maxLength"]));

export const NumberFieldRuleSchema = z
  .object({
    type: z.literal("number"),
    ...fieldBase,
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    /** At most this many decimals as entered (e.g. 2 for a price in 元). */
    maxDecimals: count(10).optional(),
  })
  .superRefine((f, ctx) => minNotAboveMax(f, ctx, `字段「${f.label ?? f.name}」`));

export const BooleanFieldRuleSchema = z.object({
  type: z.literal("boolean"),
  ...fieldBase,
  /** The value it must have, if any (e.g. 包邮 = true). */
  expected: z.boolean().optional(),
});

const ScalarFieldRuleSchema = z.discriminatedUnion("type", [TextFieldRuleSchema, NumberFieldRuleSchema, BooleanFieldRuleSchema]);
export type ScalarFieldRule = z.infer<typeof ScalarFieldRuleSchema>;

/** A list of rows in a form (e.g. a 运费模板's rows: 地区, 首重, 首费, 续重, 续费). */
export const RowsFieldRuleSchema = z
  .object({
    type: z.literal("rows"),
    ...fieldBase,
    minRows: count(1000).optional(),
    maxRows: count(1000).optional(),
    columns: z.array(ScalarFieldRuleSchema).min(1, "行列表至少要有一列").max(50),
    /** Columns whose combined values must not repeat across rows (e.g. 地区). */
    unique: z.array(z.string().trim().min(1)).min(1).max(10).optional(),
  })
  .superRefine((f, ctx) => {
    const label = f.label ?? f.name;
    minNotAboveMax({ min: f.minRows, max: f.maxRows }, ctx, `字段「${label}」行数`, ["minRows", "maxRows"]);
    noDuplicates(
      f.columns.map((c) => c.name),
      ctx,
      ["columns"],
      `字段「${label}」的列`,
    );
    for (const [i, u] of (f.unique ?? []).entries())
      if (!f.columns.some((c) => c.name === u)) issue(ctx, ["unique", i], `字段「${label}」没有名为「${u}」的列`);
  });

export const FieldRuleSchema = z.discriminatedUnion("type", [TextFieldRuleSchema, NumberFieldRuleSchema, BooleanFieldRuleSchema, RowsFieldRuleSchema]);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

// --- the check kinds ------------------------------------------------------------------------

export const TextLengthSpecSchema = z
  .object({
    kind: z.literal("text-length"),
    min: count(100_000).optional(),
    max: count(100_000).optional(),
    /** Default "char" (Unicode code points); "width" counts CJK and full-width characters as 2. */
    unit: LengthUnitSchema.optional(),
    field: sourceField,
  })
  .superRefine((s, ctx) => {
    if (s.min === undefined && s.max === undefined) issue(ctx, ["max"], "字数检查至少要设置最少或最多字数");
    minNotAboveMax(s, ctx, "字数");
  });

export const RequiredWordsSpecSchema = z
  .object({
    kind: z.literal("required-words"),
    words: z.array(word).min(1, "至少要列出一个必含词").max(100, "必含词最多 100 个"),
    /** Default: all of them. At least this many of the words must appear. */
    minCount: positive(100).optional(),
    field: sourceField,
  })
  .superRefine((s, ctx) => {
    noDuplicates(s.words, ctx, ["words"], "必含词");
    if (s.minCount !== undefined && s.minCount > s.words.length)
      issue(ctx, ["minCount"], `至少出现的词数 ${s.minCount} 大于所列词数 ${s.words.length}`);
  });

export const ForbiddenWordsSpecSchema = z
  .object({
    kind: z.literal("forbidden-words"),
    /** Default: ABSOLUTE_TERMS (广告法 第九条第（三）项 absolute terms). */
    words: z.array(word).min(1, "至少要列出一个禁用词").max(500, "禁用词最多 500 个").optional(),
    /** Compounds that are not a use of a term (e.g. 第一步). Default: ABSOLUTE_TERM_EXCEPTIONS. */
    allow: z.array(word).max(500).optional(),
    field: sourceField,
  })
  .superRefine((s, ctx) => {
    if (s.words) noDuplicates(s.words, ctx, ["words"], "禁用词");
  });

export const ImageSpecSchema = z
  .object({
    kind: z.literal("image"),
    formats: z.array(ImageFormatSchema).min(1, "至少选择一种图片格式").optional(),
    minWidth: positive(100_000).optional(),
    minHeight: positive(100_000).optional(),
    aspect: AspectSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.formats && s.minWidth === undefined && s.minHeight === undefined && !s.aspect)
      issue(ctx, ["formats"], "图片检查至少要设置格式、最小尺寸或宽高比之一");
  });

export const VideoSpecSchema = z
  .object({
    kind: z.literal("video"),
    formats: z.array(VideoFormatSchema).min(1, "至少选择一种视频格式").optional(),
    minSeconds: decimal(3, 0, 36_000).optional(),
    maxSeconds: decimal(3, 0, 36_000).optional(),
    minWidth: positive(100_000).optional(),
    minHeight: positive(100_000).optional(),
    aspect: AspectSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.formats && s.minSeconds === undefined && s.maxSeconds === undefined && s.minWidth === undefined && s.minHeight === undefined && !s.aspect)
      issue(ctx, ["formats"], "视频检查至少要设置格式、时长、最小尺寸或宽高比之一");
    minNotAboveMax({ min: s.minSeconds, max: s.maxSeconds }, ctx, "视频时长", ["minSeconds", "maxSeconds"]);
  });

export const TableSpecSchema = z
  .object({
    kind: z.literal("table"),
    expected: TableSchema,
    options: TableCompareOptionsSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.expected.rows.length === 0) issue(ctx, ["expected", "rows"], "期望表格至少要有一行数据");
    const names = s.expected.columns.map((c) => normalizeHeader(c));
    names.forEach((n, i) => {
      if (n === "") issue(ctx, ["expected", "columns", i], `期望表格第 ${i + 1} 列没有列名`);
    });
    noDuplicates(names.filter(Boolean), ctx, ["expected", "columns"], "期望表格的列名");
    const keys = s.options?.keyColumns ?? [];
    const keyIdx: number[] = [];
    for (const [i, k] of keys.entries()) {
      const at = names.indexOf(normalizeHeader(k));
      if (at < 0) issue(ctx, ["options", "keyColumns", i], `关键列「${k}」不在期望表格的列中`);
      else keyIdx.push(at);
    }
    for (const [i, col] of Object.keys(s.options?.ranges ?? {}).entries())
      if (!names.includes(normalizeHeader(col))) issue(ctx, ["options", "ranges", i], `合理范围的列「${col}」不在期望表格的列中`);
    if (keyIdx.length === keys.length && keys.length > 0) {
      const seen = new Map<string, number>();
      s.expected.rows.forEach((r, i) => {
        const key = JSON.stringify(keyIdx.map((c) => r[c] ?? null));
        const first = seen.get(key);
        if (first !== undefined)
          issue(ctx, ["expected", "rows", i], `期望表格第 ${first + 1} 行与第 ${i + 1} 行的关键列取值相同`);
        else seen.set(key, i);
      });
    }
  });

export const FieldsSpecSchema = z
  .object({
    kind: z.literal("fields"),
    fields: z.array(FieldRuleSchema).min(1, "至少要设置一个字段").max(100),
  })
  .superRefine((s, ctx) =>
    noDuplicates(
      s.fields.map((f) => f.name),
      ctx,
      ["fields"],
      "字段",
    ),
  );

export const CheckSpecSchema = z.discriminatedUnion("kind", [
  TextLengthSpecSchema,
  RequiredWordsSpecSchema,
  ForbiddenWordsSpecSchema,
  ImageSpecSchema,
  VideoSpecSchema,
  TableSpecSchema,
  FieldsSpecSchema,
]);
export type CheckSpec = z.infer<typeof CheckSpecSchema>;
export type CheckKind = CheckSpec["kind"];
export const CHECK_KINDS: readonly CheckKind[] = CheckSpecSchema.options.map((o) => o.shape.kind.value);

/** Header names compare trimmed, NFKC-normalised (全角 = 半角) and case-insensitively. */
export function normalizeHeader(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}
