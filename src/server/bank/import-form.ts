// The item import's form fields (multipart): an uploaded `file`, or pasted `text`.
import { AppError } from "../errors";
import type { ImportSource } from "./formats/parse-import";

export async function importSourceFromForm(form: FormData): Promise<ImportSource> {
  const file = form.get("file");
  const text = form.get("text");
  if (file instanceof File && file.size > 0) return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (typeof text === "string" && text.trim() !== "") return { text };
  throw new AppError("VALIDATION", { message: "请选择题目文件，或粘贴题目文字", issues: [{ path: "file", message: "必填" }] });
}
