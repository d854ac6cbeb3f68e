// zh-CN texts of generated PDF documents (merged into the catalogue in zh-CN.ts).
export const pdfZhCN = {
  "pdf.title": "PDF 文件",
} as const;
