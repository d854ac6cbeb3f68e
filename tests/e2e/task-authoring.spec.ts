// Issue 14, authoring: an admin uploads a material (a disguised file is refused by its content),
// defines a text, a form and a files deliverable with checks, marks a criterion automatic, is
// refused with a Chinese message naming the deliverable and setting (nothing saved), fixes it and
// saves; reopening the editor shows everything; a candidate in a skill session over that version
// downloads the material and sees the deliverables.
import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { createAuthoringTask, createSessionForVersion, currentVersionOf } from "./helpers/authoring-setup";
import { noisyPng, tempFile } from "./helpers/skill-flow-setup";

test("an admin authors materials, deliverables with checks and an automatic criterion; the candidate sees them", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const name = `编写试题-${Date.now()}`;
  const title = `${name} 商品发布`;
  const { taskId } = await createAuthoringTask(title);
  await signInByApi(page.request, "admin");
  await page.goto(`/admin/tasks/${taskId}`);

  // A material: stored with the type read from its content, listed, downloadable byte-exact.
  const materials = page.getByRole("region", { name: "材料文件" });
  const photo = tempFile("商品原图.png", noisyPng(40));
  await materials.getByLabel("选择材料文件").setInputFiles(photo.path);
  await materials.getByLabel("材料标题（可不填，默认用文件名）").fill("商品原始照片");
  await materials.getByRole("button", { name: "上传材料" }).click();
  await expect(materials.getByRole("status")).toHaveText("已上传：商品原图.png");
  const row = materials.getByRole("row").filter({ hasText: "商品原图.png" });
  await expect(row).toContainText("商品原始照片");
  await expect(row).toContainText("PNG 图片");
  const href = await row.getByRole("link", { name: "下载 商品原始照片" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(createHash("sha256").update(await download.body()).digest("hex")).toBe(photo.sha256);

  // A program named .png is refused by its content, naming the file; nothing is added.
  const disguised = tempFile("假图片.png", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510, 0x90), Buffer.from("PE\0\0")]));
  await materials.getByLabel("选择材料文件").setInputFiles(disguised.path);
  await materials.getByRole("button", { name: "上传材料" }).click();
  await expect(materials.getByRole("alert")).toContainText("材料「假图片.png」的内容是");
  await expect(materials.getByRole("row").filter({ hasText: "假图片.png" })).toHaveCount(0);

  // Deliverables: a text with a length check, a form, files with an image check.
  const editor = page.getByRole("form", { name: "交付物（考生需提交的内容）" });
  const add = async (kind: string) => {
    await editor.getByLabel("新交付物的类型").selectOption(kind);
    await editor.getByRole("button", { name: "添加交付物" }).click();
  };
  await add("text");
  const text = editor.getByRole("group", { name: /^交付物 1：/ });
  await text.getByLabel("编号（小写字母、数字和 -）").fill("title");
  await text.getByLabel("标题", { exact: true }).fill("商品标题");
  await text.getByLabel("字数上限").fill("0");
  await text.getByLabel("新检查的类型").selectOption("text-length");
  await text.getByRole("button", { name: "添加检查" }).click();
  await text.getByRole("group", { name: "检查 1：字数" }).getByLabel("最多字数").fill("60");

  await add("fields");
  const form = editor.getByRole("group", { name: /^交付物 2：/ });
  await form.getByLabel("编号（小写字母、数字和 -）").fill("listing");
  await form.getByLabel("标题", { exact: true }).fill("商品信息");
  const price = form.getByRole("group", { name: "字段 1" });
  await price.getByLabel("字段名（字母、数字、_）").fill("price");
  await price.getByLabel("字段标题").fill("价格（元）");
  await price.getByLabel("字段类型").selectOption("number");
  await price.getByLabel("必填").check();
  await price.getByLabel("下限").fill("0");
  await form.getByRole("button", { name: "添加字段" }).click();
  const origin = form.getByRole("group", { name: "字段 2" });
  await origin.getByLabel("字段名（字母、数字、_）").fill("origin");
  await origin.getByLabel("字段标题").fill("产地");

  await add("files");
  const files = editor.getByRole("group", { name: /^交付物 3：/ });
  await files.getByLabel("编号（小写字母、数字和 -）").fill("main-image");
  await files.getByLabel("标题", { exact: true }).fill("商品主图");
  await files.getByLabel("大小上限（MB）").fill("5");
  await files.getByLabel("新检查的类型").selectOption("image");
  await files.getByRole("button", { name: "添加检查" }).click();
  const imageCheck = files.getByRole("group", { name: "检查 1：图片格式与尺寸" });
  await imageCheck.getByLabel("最小宽度（像素）").fill("800");
  await imageCheck.getByLabel("最小高度（像素）").fill("800");

  // Reordering: the text moves down and back up (its settings travel with it).
  await editor.getByRole("button", { name: "下移交付物 1" }).click();
  await expect(editor.getByRole("group", { name: /^交付物 2：商品标题/ })).toBeVisible();
  await expect(editor.getByRole("group", { name: /^交付物 1：商品信息/ })).toBeVisible();
  await editor.getByRole("button", { name: "上移交付物 2" }).click();
  await expect(text).toHaveAccessibleName(/^交付物 1：商品标题/);
  await expect(text.getByLabel("字数上限")).toHaveValue("0");

  // The second criterion scores itself from the image check.
  const auto = editor.getByRole("group", { name: "自动评分", exact: true });
  await auto.getByLabel(/^自动评分：主图尺寸/).check();
  await auto.getByLabel("依据的检查：主图尺寸").selectOption({ label: "商品主图 › 检查 1：图片格式与尺寸" });
  await auto.getByLabel("计分方式：主图尺寸").selectOption("proportional");

  // A length limit of 0 is refused, naming the deliverable and the setting; nothing is saved.
  const save = editor.getByRole("button", { name: "保存交付物与自动评分" });
  await save.click();
  await expect(editor.getByRole("alert")).toContainText("交付物 1「商品标题」 › 字数上限：字数上限至少为 1");
  expect((await currentVersionOf(taskId)).deliverables).toEqual([]);

  await text.getByLabel("字数上限").fill("60");
  await save.click();
  await expect(editor.getByRole("status")).toHaveText("已保存交付物与自动评分（v1）。");
  await expect(editor.getByRole("alert")).toHaveCount(0);
  const stored = await currentVersionOf(taskId);
  expect(stored.deliverables).toEqual([
    { id: "title", title: "商品标题", kind: "text", rich: false, maxLength: 60, checks: [{ kind: "text-length", max: 60 }] },
    {
      id: "listing",
      title: "商品信息",
      kind: "fields",
      fields: [
        { name: "price", label: "价格（元）", type: "number", required: true, min: 0 },
        { name: "origin", label: "产地", type: "text", required: false },
      ],
      checks: [],
    },
    { id: "main-image", title: "商品主图", kind: "files", accept: ["image/jpeg", "image/png"], maxBytes: 5 * 1024 * 1024, maxCount: 1, checks: [{ kind: "image", minWidth: 800, minHeight: 800 }] },
  ]);
  expect((stored.rubric as Array<{ id: string; auto?: unknown }>).map((c) => [c.id, c.auto ?? null])).toEqual([
    ["c1", null],
    ["c2", { deliverableId: "main-image", checkIndex: 0, rule: "proportional" }],
  ]);
  expect(stored.materialFiles.map((m) => [m.title, m.file.originalName, m.file.mime, m.file.sha256])).toEqual([["商品原始照片", "商品原图.png", "image/png", photo.sha256]]);

  // Reopening the editor shows everything as saved.
  await page.reload();
  await expect(materials.getByRole("row").filter({ hasText: "商品原图.png" })).toContainText("商品原始照片");
  await expect(text.getByLabel("编号（小写字母、数字和 -）")).toHaveValue("title");
  await expect(text.getByLabel("字数上限")).toHaveValue("60");
  await expect(text.getByRole("group", { name: "检查 1：字数" }).getByLabel("最多字数")).toHaveValue("60");
  await expect(form.getByRole("group", { name: "字段 1" }).getByLabel("字段类型")).toHaveValue("number");
  await expect(form.getByRole("group", { name: "字段 1" }).getByLabel("必填")).toBeChecked();
  await expect(form.getByRole("group", { name: "字段 2" }).getByLabel("字段标题")).toHaveValue("产地");
  await expect(files.getByLabel("大小上限（MB）")).toHaveValue("5");
  await expect(files.getByRole("group", { name: "检查 1：图片格式与尺寸" }).getByLabel("最小宽度（像素）")).toHaveValue("800");
  await expect(auto.getByLabel(/^自动评分：主图尺寸/)).toBeChecked();
  await expect(auto.getByLabel(/^自动评分：标题规范/)).not.toBeChecked();
  await expect(auto.getByLabel("计分方式：主图尺寸")).toHaveValue("proportional");
  await expect(auto.getByLabel("依据的检查：主图尺寸").locator("option:checked")).toHaveText("商品主图 › 检查 1：图片格式与尺寸");

  // The filled-in editor has no serious or critical accessibility violation (WCAG 2.x A/AA).
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);

  // A candidate of a skill session over this version gets the material and the deliverables.
  await createSessionForVersion({ name, taskId, versionId: stored.id });
  const candidate = await (await browser.newContext()).newPage();
  await signInByApi(candidate.request, "candidate");
  await candidate.goto("/candidate");
  await candidate.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "进入考场" }).click();
  await candidate.getByRole("button", { name: "开始考试" }).click();
  await expect(candidate).toHaveURL(/\/exam\/skill\//);
  const task = candidate.getByRole("region", { name: `任务 1：${title}` });
  await expect(task.getByRole("link", { name: /下载 商品原始照片/ })).toBeVisible();
  await expect(task.getByRole("textbox", { name: "商品标题" })).toBeVisible();
  await expect(task.getByRole("textbox", { name: "价格（元）" })).toBeVisible();
  await expect(task.getByRole("textbox", { name: "产地" })).toBeVisible();
  await expect(task.getByLabel("选择文件：商品主图")).toBeAttached();

  // The version is now used: the editor says that saving makes a new version.
  await page.reload();
  await expect(editor.getByRole("note")).toHaveText("此版本（v1）已被技能考核方案使用：保存的修改将生成新版本，已使用的版本保持不变。");
});
