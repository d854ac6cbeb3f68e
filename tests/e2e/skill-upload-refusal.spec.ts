// A file the server refuses for good (409: the deliverable's count limit, reached meanwhile from
// another tab) is not retried forever at "正在上传 …：0%": the candidate sees "上传失败：<the server's
// reason>" without a retry button, and the deliverable's list shows the files the server has.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { CANDIDATE_PASSWORD, signInAs } from "./helpers/certificate-setup";
import { db } from "./helpers/exam-setup";
import { createDeliverySession, tempFile } from "./helpers/skill-flow-setup";

test("an upload refused with 409 (count limit reached from another tab) stops with the server's message and the stored files are reloaded", async ({ page }) => {
  const name = `上传拒绝-${Date.now()}`;
  const { sessionId, taskVersionId, candidates } = await createDeliverySession(name, { extraFiles: true });
  const [c] = candidates;
  await signInAs(page.request, c!.ticket, CANDIDATE_PASSWORD);
  await page.goto("/candidate");
  await page.getByRole("table", { name: "我的考试场次" }).getByRole("row").filter({ hasText: name }).getByRole("link", { name: "进入考场" }).click();
  await page.getByRole("button", { name: "开始考试" }).click();
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await expect(page.getByLabel("选择文件：成果文件")).toBeVisible();

  // "Another tab" hands in two files meanwhile: the deliverable is full, this page does not know.
  const p = await db();
  const attempt = await p.attempt.findUniqueOrThrow({ where: { sessionId_candidateId: { sessionId, candidateId: c!.id } } });
  const { userId } = await p.candidate.findUniqueOrThrow({ where: { id: c!.id }, select: { userId: true } });
  for (const n of [1, 2]) {
    const bytes = Buffer.from(`订单,金额\n${n},1\n`);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const file = await p.storedFile.create({ data: { storageKey: `e2e/refusal/${attempt.id}/${n}`, sha256, size: bytes.length, mime: "text/csv", originalName: `另一标签页-${n}.csv`, ownerId: userId } });
    await p.submissionFile.create({ data: { attemptId: attempt.id, taskVersionId, deliverableId: "work", fileId: file.id } });
  }

  const csv = tempFile("第三个.csv", Buffer.from("订单,金额\n3,1\n"));
  await page.getByLabel("选择文件：成果文件").setInputFiles(csv.path);
  const status = page.getByTestId("upload-work");
  await expect(status.getByRole("alert")).toHaveText("上传失败：「成果文件」最多 2 个文件，请先删除或替换一个", { timeout: 30_000 });
  await expect(status.getByRole("button", { name: "重试" })).toHaveCount(0);
  await expect(status.getByText(/正在上传/)).toHaveCount(0);
  // The list as the server has it; the deliverable is full, so no more files can be chosen.
  await expect(page.getByText(/已保存：另一标签页-1\.csv/)).toBeVisible();
  await expect(page.getByText(/已保存：另一标签页-2\.csv/)).toBeVisible();
  await expect(page.getByLabel("选择文件：成果文件")).toHaveCount(0);
});
