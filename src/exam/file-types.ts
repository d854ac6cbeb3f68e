// Readable Chinese names of file types detected from the content (src/server/uploads/detect-type.ts),
// one table for every message that names a type: the admin materials panel and upload refusals
// ("文件内容是Windows 程序（EXE）"). Pure: no I/O.
const LABELS: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word 文档（DOCX）",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel 工作簿（XLSX）",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint 演示文稿（PPTX）",
  "text/csv": "CSV 表格",
  "application/pdf": "PDF 文档",
  "application/zip": "ZIP 压缩包",
  "text/plain": "纯文本",
  "application/x-cfb": "旧版 Office 文档（XLS/DOC/PPT）",
  "application/octet-stream": "无法识别的格式",
  "application/x-msdownload": "Windows 程序（EXE）",
};

/**
 * A readable Chinese name of a detected type: from the table, "<SUBTYPE> 图片" / "<SUBTYPE> 视频"
 * for any image/video, the MIME type itself otherwise, and "未知类型" for an empty one. Never empty.
 */
export function fileTypeLabel(mime: string): string {
  const m = (mime ?? "").trim().toLowerCase();
  if (!m) return "未知类型";
  if (LABELS[m]) return LABELS[m];
  const image = /^image\/([a-z0-9.+-]+)$/.exec(m);
  if (image) return `${image[1]!.toUpperCase()} 图片`;
  const video = /^video\/([a-z0-9.+-]+)$/.exec(m);
  if (video) return `${video[1]!.toUpperCase()} 视频`;
  return m;
}
