import type { pdfZhCN } from "./pdf.zh-CN";

// English texts of generated PDF documents; typed by the zh-CN keys.
export const pdfEn: Record<keyof typeof pdfZhCN, string> = {
  "pdf.title": "PDF files",
};
