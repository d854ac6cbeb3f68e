import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseMoodleXml } from "@/server/bank/formats/moodle";
import { ImportFileError } from "@/server/bank/formats/types";
import { bmp, moodleWithImage, png } from "../../fixtures/imports/make-files";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/imports", name)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const quiz = (questions: string, decl = '<?xml version="1.0" encoding="UTF-8"?>') => `${decl}\n<quiz>\n${questions}\n</quiz>\n`;
const mc = (name: string, answers: Array<[number, string]>, single = "true", extra = "") =>
  `<question type="multichoice"><name><text>${name}</text></name><questiontext format="html"><text>${name}的题干</text></questiontext>${extra}<single>${single}</single>${answers
    .map(([f, t]) => `<answer fraction="${f}"><text>${t}</text></answer>`)
    .join("")}</question>`;
const tf = (name: string, answers: Array<[number, string]>) =>
  `<question type="truefalse"><name><text>${name}</text></name><questiontext format="html"><text>${name}的题干</text></questiontext>${answers.map(([f, t]) => `<answer fraction="${f}"><text>${t}</text></answer>`).join("")}</question>`;

function fileError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError);
    return (e as Error).message;
  }
  throw new Error("expected an ImportFileError");
}

describe("Moodle XML: the declared encoding (class 4)", () => {
  it("decodes the GB2312 fixture into the right Chinese text", () => {
    const r = parseMoodleXml(fixture("moodle-zh-gb2312.xml"));
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.input).toMatchObject({ stem: "网店转化率的计算公式是？", answer: ["A"], labels: ["电子商务基础"] });
    expect(r.items[0]!.input.options.map((o) => o.text)).toEqual(["成交人数÷访客数", "访客数÷成交人数", "销售额÷访客数", "订单数÷商品数"]);
  });

  it("decodes GBK, GB18030 and UTF-16 with BOM", () => {
    const xml = (enc: string) => quiz(mc("编码测试", [[100, "鍚"], [0, "𠀀"]]), `<?xml version="1.0" encoding="${enc}"?>`);
    expect(parseMoodleXml(new Uint8Array(iconv.encode(xml("GBK").replace("𠀀", "乙"), "gbk"))).items[0]!.input.options.map((o) => o.text)).toEqual(["鍚", "乙"]);
    expect(parseMoodleXml(new Uint8Array(iconv.encode(xml("GB18030"), "gb18030"))).items[0]!.input.options.map((o) => o.text)).toEqual(["鍚", "𠀀"]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml("UTF-16"), "utf16le")]);
    expect(parseMoodleXml(new Uint8Array(utf16)).items[0]!.input.stem).toBe("编码测试的题干");
  });

  it("refuses bytes that do not decode in the declared encoding, naming the line", () => {
    const gbkBytes = iconv.encode(quiz(mc("错编码", [[100, "甲"], [0, "乙"]])), "gbk");
    expect(fileError(() => parseMoodleXml(new Uint8Array(gbkBytes)))).toBe(
      "文件按 UTF-8 读取，但第 3 行有不是 UTF-8 的字节（看起来是 GBK/GB18030 编码）；请在第一行声明实际编码（如 encoding=\"GBK\"），或另存为 UTF-8",
    );
    const broken = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GB2312"?>\n<quiz>\n', "latin1"), Buffer.from([0xb0, 0xa1, 0x81, 0x0a]), Buffer.from("</quiz>\n")]);
    expect(fileError(() => parseMoodleXml(new Uint8Array(broken)))).toBe("文件声明为 GB2312 编码，但第 3 行有无法按 GB2312 解码的字节；请确认文件的实际编码，或另存为 UTF-8");
    const stale = utf8(quiz(mc("声明过时", [[100, "甲"], [0, "乙"]]), '<?xml version="1.0" encoding="GBK"?>'));
    expect(fileError(() => parseMoodleXml(stale))).toBe("文件声明为 GBK 编码，但内容是有效的 UTF-8 编码，无法确定实际编码；请把第一行的 encoding 改为实际编码");
  });
});

describe("Moodle XML: text formats are honoured (class 4)", () => {
  it("keeps a<b in plain_text and moodle_auto_format texts", () => {
    const r = parseMoodleXml(fixture("moodle-zh-plaintext-angle.xml"));
    expect(r.items.map((i) => i.input.stem)).toEqual(["在网页源代码中，<title> 标签的内容会显示在哪里？", "若 a<b 且 b<c，则下列正确的是？"]);
    expect(r.items[1]!.input.options.map((o) => o.text)).toEqual(["a<c", "a>c", "a=c", "无法判断"]);
  });

  it("reads html as HTML (tags dropped, entities decoded, line breaks and superscripts kept), moodle_auto_format and markdown as text", () => {
    const xml = quiz(`<question type="multichoice"><name><text>格式</text></name>
      <questiontext format="html"><text><![CDATA[<p>面积 10 m<sup>2</sup>，&lt;b&gt; 不是标签</p><p>第二行<script>x()</script></p>]]></text></questiontext>
      <generalfeedback format="markdown"><text>**加粗** 保留原文</text></generalfeedback>
      <single>true</single><answer fraction="100" format="moodle_auto_format"><text>H&lt;sub&gt;2&lt;/sub&gt;O 是 HTML，a&lt;b 不是</text></answer><answer fraction="0" format="moodle_auto_format"><text><![CDATA[<b>真标签</b>]]></text></answer></question>`);
    const item = parseMoodleXml(utf8(xml)).items[0]!.input;
    expect(item.stem).toBe("面积 10 m²，<b> 不是标签\n第二行");
    expect(item.explanation).toBe("**加粗** 保留原文");
    expect(item.options.map((o) => o.text)).toEqual(["H<sub>2</sub>O 是 HTML，a<b 不是", "<b>真标签</b>"]);
  });
});

describe("Moodle XML: answers and refusals (classes 2 and 6)", () => {
  it("maps true/false answers by their text: true/false, √/×, 是/否, Yes/No; refuses unknown ones", () => {
    const r = parseMoodleXml(
      utf8(
        quiz(
          [
            tf("英文", [[0, "true"], [100, "false"]]),
            tf("符号", [[100, "√"], [0, "×"]]),
            tf("是否", [[0, "是"], [100, "否"]]),
            tf("YesNo", [[100, "Yes"], [0, "No"]]),
            tf("第一个不是对", [[0, "错误"], [100, "正确"]]),
            tf("无法识别", [[100, "甲"], [0, "乙"]]),
          ].join("\n"),
        ),
      ),
    );
    expect(r.items.map((i) => [i.input.stem, i.input.answer[0]])).toEqual([
      ["英文的题干", "B"],
      ["符号的题干", "A"],
      ["是否的题干", "B"],
      ["YesNo的题干", "A"],
      ["第一个不是对的题干", "A"],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "第 8 行（题目“无法识别”）：判断题的答案文字“甲”“乙”无法确定哪个是“对”、哪个是“错”（可用 true/false、对/错、正确/错误、√/×、是/否）",
    ]);
  });

  it("a single-choice question with a partial-credit option is refused with the real reason; the others import", () => {
    const r = parseMoodleXml(utf8(quiz([mc("部分得分", [[100, "全对"], [50, "半对"], [0, "错"]]), mc("正常", [[100, "甲"], [0, "乙"]])].join("\n"))));
    expect(r.items.map((i) => i.input.stem)).toEqual(["正常的题干"]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "第 3 行（题目“部分得分”）：单选题的选项 “半对”（50%） 为部分得分：本平台单选题只有一个正确答案、不设部分得分，请在 Moodle 中改为 0% 或 100% 后再导入",
    ]);
  });

  it("<single>0</single> is multiple; every option correct is accepted; a wrong sum is refused", () => {
    const r = parseMoodleXml(
      utf8(
        quiz(
          [
            mc("零", [[50, "甲"], [50, "乙"], [-100, "丙"]], "0"),
            mc("全对", [[33.33333, "甲"], [33.33333, "乙"], [33.33334, "丙"]], "false"),
            mc("合计不对", [[50, "甲"], [30, "乙"], [0, "丙"]], "false"),
          ].join("\n"),
        ),
      ),
    );
    expect(r.items.map((i) => [i.input.type, i.input.answer])).toEqual([
      ["multiple", ["A", "B"]],
      ["multiple", ["A", "B", "C"]],
    ]);
    expect(r.problems[0]!.message).toBe("第 5 行（题目“合计不对”）：多选题得分为正的选项合计为 80%，不是 100%：无法确定哪些是正确答案");
  });

  it("more than 8 options are refused naming the count; a 7th option is kept", () => {
    const nine = Array.from({ length: 9 }, (_, i): [number, string] => [i === 0 ? 100 : 0, `选项${i + 1}`]);
    const seven = Array.from({ length: 7 }, (_, i): [number, string] => [i === 0 ? 100 : 0, `选项${i + 1}`]);
    const r = parseMoodleXml(utf8(quiz([mc("九个", nine), mc("七个", seven)].join("\n"))));
    expect(r.problems.map((p) => p.message)).toEqual(["第 3 行（题目“九个”）：「选项」有 9 个选项，最多支持 8 个（A–H）"]);
    expect(r.items[0]!.input.options.map((o) => o.text)).toEqual(seven.map((s) => s[1]));
  });
});

describe("Moodle XML: media (class 5)", () => {
  it("keeps an embedded image with the question (checked by content) and marks its place in the stem", () => {
    const image = png(3, 2);
    const r = parseMoodleXml(utf8(moodleWithImage({ image })));
    const sha = createHash("sha256").update(image).digest("hex");
    expect(r.items[0]!.input.stem).toBe(`下图中的标志表示什么？\n[[image:${sha}]]`);
    expect(r.items[0]!.input.status).toBe("active");
    expect(r.media.get(sha)).toMatchObject({ mime: "image/png", width: 3, height: 2, size: image.byteLength });
    expect(r.lost).toEqual([]);
  });

  it("lists audio and unsupported images per question and imports that question as a draft", () => {
    const r = parseMoodleXml(utf8(moodleWithImage({ image: bmp(2, 2), audio: true, name: "听力" })));
    expect(r.items[0]!.input.status).toBe("draft");
    expect(r.lost.map((l) => l.message)).toEqual(["第 3 行（题目“听力”）：未保留 图片 标志.png（BMP 位图未保留；请转为 PNG 或 JPEG）、音频 listen.mp3；已作为草稿导入，请核对后再启用"]);
    expect(r.media.size).toBe(0);
  });

  it("lists a @@PLUGINFILE@@ image missing from the file and an external image", () => {
    const xml = quiz(`<question type="truefalse"><name><text>缺图</text></name><questiontext format="html"><text><![CDATA[看图 <img src="@@PLUGINFILE@@/a.png"> <img src="https://example.com/b.png">]]></text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`);
    const r = parseMoodleXml(utf8(xml));
    expect(r.lost[0]!.message).toBe("第 3 行（题目“缺图”）：未保留 图片 a.png（文件中缺少该图片）、外部图片 https://example.com/b.png（不会从网络下载）；已作为草稿导入，请核对后再启用");
  });

  it("lists unsupported question types as skipped", () => {
    const r = parseMoodleXml(utf8(quiz(`<question type="essay"><name><text>论述</text></name><questiontext><text>x</text></questiontext></question>`)));
    expect(r.skipped.map((s) => s.message)).toEqual(["第 3 行（题目“论述”）：论述题（essay）需要人工评分，不属于客观题，未导入"]);
  });
});
