// Rich-text deliverables are stored sanitized (as the examiners will see them), so their length
// limit and checks count the text that is shown: a literal "<" typed by a candidate (or sent raw
// to the API) no longer hides what follows it from the count, and markup that could run is never
// stored (tester's report, issue 14).
import { beforeAll, describe, expect, it } from "vitest";
import { startAttempt } from "@/server/exam/start-attempt";
import { saveDeliverable } from "@/server/skill/attempt/save-deliverable";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate } from "./helpers/exam-fixture";
import { createSkillTask, publishedSkillSession } from "./helpers/skill-fixture";

let versionId: string;
let attemptId: string;
let candidateId: string;

beforeAll(async () => {
  await resetDatabase();
  versionId = (await createSkillTask({ deliverables: [{ id: "detail", title: "商品详情", kind: "text", rich: true, maxLength: 12, checks: [] }, { id: "story", title: "品牌故事", kind: "text", rich: true, maxLength: 200, checks: [] }] })).id;
  const c = await createCandidate("富");
  candidateId = c.id;
  const { session } = await publishedSkillSession({ versionIds: [versionId], candidateIds: [c.id] });
  attemptId = (await startAttempt({ candidateId, sessionId: session.id })).attemptId;
});

const save = (text: string, seq: number, deliverableId = "detail") => saveDeliverable({ attemptId, candidateId, input: { taskVersionId: versionId, deliverableId, value: { text }, seq } });
const stored = async (deliverableId: string) => ((await prisma.deliverableAnswer.findFirstOrThrow({ where: { attemptId, deliverableId } })).value as { text: string }).text;

describe("rich-text deliverable saves", () => {
  it("counts a literal '<' and what follows it: over the limit is refused", async () => {
    // Shown as: 价格 < 100 元 粗体 更多文字 (18 characters); read as markup it would be 10.
    await expect(save("价格 < 100 元 <b>粗体</b> 更多文字", 1)).rejects.toMatchObject({ code: "VALIDATION", message: "「商品详情」最多 12 个字，现有 18 个字" });
  });

  it("stores the sanitized form: formatting kept, scripts and handlers never stored", async () => {
    await save('<p>好<strong>货</strong> &lt;3</p><script>alert(1)</script><img src=x onerror="alert(2)">', 2, "story");
    const text = await stored("story");
    expect(text).toContain("<strong>货</strong>");
    expect(text).not.toMatch(/<script|<img/i);
    // Within the limit, a value is stored as given once sanitized: what the candidate sees.
    await save("<p>价格 &lt; 100 元</p>", 3);
    expect(await stored("detail")).toBe("<p>价格 &lt; 100 元</p>");
  });
});
