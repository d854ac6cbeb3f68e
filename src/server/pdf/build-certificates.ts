// Use case: certificates (职业技能等级证书) as a PDF, one A4 landscape page each, in Chinese: the
// school's name and seal image (settings), the candidate's photo when imported, name, masked ID
// number, occupation and track, level, both parts' scores (one decimal, truncated), number and
// date of issue, and a QR code that opens the public verification page /verify/<number>. A revoked
// certificate is stamped as such. `onProgress` is called after every page (bulk PDFs show it).
// pdf-lib with the subset-safe Noto Sans SC of fonts.ts (docs/pdf.md); QR codes by `qrcode`.
import { PDFDocument, degrees, rgb, type PDFFont, type PDFImage, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { formatScore } from "@/grading";
import { translator } from "@/i18n";
import type { CertificateRow } from "../certificates/list-certificates";
import { embedStoredImage, loadPhotos } from "../photos/get-photo";
import { getCertificateSettings } from "../settings/certificate-settings";
import { getSeal } from "../settings/seal";
import type { PdfFile } from "./build-admission-tickets";
import { embedFonts, type Fonts } from "./fonts";
import { finish, wrapText } from "./layout";
import { levelName, trackName } from "./labels";

/** A4 landscape in points. */
const PAGE: [number, number] = [841.89, 595.28];
const MM = 72 / 25.4;
/** The 2-inch photo, 35 × 49 mm, at its real size. */
const PHOTO = { w: 35 * MM, h: 49 * MM };
const INK = rgb(0.12, 0.12, 0.14);
const RED = rgb(0.72, 0.1, 0.1);
const FRAME = rgb(0.55, 0.38, 0.12);

const t = translator("zh-CN");
const longDate = (d: Date) => new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(d);

export function verifyUrl(baseUrl: string, number: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/verify/${encodeURIComponent(number)}`;
}


function centred(page: PDFPage, text: string, o: { y: number; size: number; font: PDFFont; color?: ReturnType<typeof rgb>; x0?: number; width?: number }) {
  const x0 = o.x0 ?? 0;
  const width = o.width ?? PAGE[0];
  const w = o.font.widthOfTextAtSize(text, o.size);
  page.drawText(text, { x: x0 + (width - w) / 2, y: o.y, size: o.size, font: o.font, color: o.color ?? INK });
}

export async function buildCertificates(options: { certificates: readonly CertificateRow[]; baseUrl: string; now: Date; onProgress?: (done: number) => Promise<void> }): Promise<PdfFile> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  const settings = await getCertificateSettings();
  const sealBytes = await getSeal();
  const seal = await embedStoredImage(doc, sealBytes ?? undefined);
  const photos = await loadPhotos(options.certificates.map((c) => c.candidateId));
  if (options.certificates.length === 0) {
    const page = doc.addPage(PAGE);
    centred(page, t("cert.pdf.empty"), { y: PAGE[1] / 2, size: 16, font: fonts.regular });
  }
  let done = 0;
  for (const c of options.certificates) {
    const photo = photos.get(c.candidateId);
    await drawCertificate(doc, fonts, {
      c,
      schoolName: settings.schoolName,
      seal,
      photo: await embedStoredImage(doc, photo),
      qr: await doc.embedPng(await QRCode.toBuffer(verifyUrl(options.baseUrl, c.number), { type: "png", errorCorrectionLevel: "M", margin: 1, scale: 8 })),
      url: verifyUrl(options.baseUrl, c.number),
    });
    done += 1;
    if (options.onProgress) await options.onProgress(done);
  }
  const single = options.certificates.length === 1 ? options.certificates[0]! : null;
  const title = single ? t("cert.pdf.docTitleOne", { number: single.number, name: single.name }) : t("cert.pdf.docTitle", { count: options.certificates.length });
  const body = await finish(doc, { title, producer: t("pdf.producer"), now: options.now });
  return { body, fileName: single ? `${t("cert.pdf.file")}-${single.number}.pdf` : `${t("cert.pdf.file")}.pdf`, asciiName: single ? `certificate-${single.number}.pdf` : "certificates.pdf", pages: doc.getPageCount() };
}

function drawCertificate(
  doc: PDFDocument,
  fonts: Fonts,
  o: { c: CertificateRow; schoolName: string; seal: PDFImage | null; photo: PDFImage | null; qr: PDFImage; url: string },
): void {
  const { c } = o;
  const page = doc.addPage(PAGE);
  const [W, H] = PAGE;
  page.drawRectangle({ x: 22, y: 22, width: W - 44, height: H - 44, borderColor: FRAME, borderWidth: 3 });
  page.drawRectangle({ x: 30, y: 30, width: W - 60, height: H - 60, borderColor: FRAME, borderWidth: 0.8 });

  centred(page, t("cert.pdf.title"), { y: H - 98, size: 32, font: fonts.bold, color: RED });
  centred(page, t("cert.pdf.subtitle"), { y: H - 128, size: 13, font: fonts.regular });

  // Left column: photo (real 2-inch size), then the QR code with its caption.
  const left = 70;
  const photoTop = H - 160;
  if (o.photo) page.drawImage(o.photo, { x: left, y: photoTop - PHOTO.h, width: PHOTO.w, height: PHOTO.h });
  else {
    page.drawRectangle({ x: left, y: photoTop - PHOTO.h, width: PHOTO.w, height: PHOTO.h, borderColor: rgb(0.5, 0.5, 0.55), borderWidth: 0.8 });
    centred(page, t("cert.pdf.photo"), { y: photoTop - PHOTO.h / 2 - 5, size: 11, font: fonts.regular, x0: left, width: PHOTO.w, color: rgb(0.5, 0.5, 0.55) });
  }
  const qrSize = 118;
  const qrY = 60;
  page.drawImage(o.qr, { x: left - 9, y: qrY + 14, width: qrSize, height: qrSize });
  centred(page, t("cert.pdf.scan"), { y: qrY, size: 9, font: fonts.regular, x0: left - 9, width: qrSize });

  // Right: the facts.
  const x = 235;
  const labelWidth = 130;
  const valueWidth = W - 80 - x - labelWidth;
  let y = H - 172;
  const rows: Array<[string, string]> = [
    [t("cert.pdf.name"), c.name],
    [t("cert.pdf.idNumber"), c.idNumberMasked],
    [t("cert.pdf.occupation"), t("cert.pdf.occupationValue", { track: trackName(t, c.track) })],
    [t("cert.pdf.level"), levelName(t, c.level)],
    [t("cert.pdf.theory"), t("cert.pdf.scoreValue", { score: formatScore(c.theoryScore) })],
    [t("cert.pdf.skill"), t("cert.pdf.scoreValue", { score: formatScore(c.skillScore) })],
    [t("cert.pdf.number"), c.number],
    [t("cert.pdf.issuedAt"), longDate(c.issuedAt)],
  ];
  for (const [label, value] of rows) {
    page.drawText(label, { x, y, size: 13, font: fonts.bold, color: INK });
    const lines = wrapText(value, fonts.regular, 13, valueWidth);
    lines.forEach((l, i) => page.drawText(l, { x: x + labelWidth, y: y - i * 18, size: 13, font: fonts.regular, color: INK }));
    y -= Math.max(1, lines.length) * 18 + 9;
  }
  y -= 6;
  const statement = t("cert.pdf.statement", { level: levelName(t, c.level), track: trackName(t, c.track) });
  for (const l of wrapText(statement, fonts.regular, 12, W - 80 - x)) {
    page.drawText(l, { x, y, size: 12, font: fonts.regular, color: INK });
    y -= 18;
  }

  // Bottom right: the school, its seal over the name, the date.
  const blockX = W - 300;
  const blockW = 230;
  centred(page, o.schoolName, { y: 112, size: 16, font: fonts.bold, x0: blockX, width: blockW });
  if (!o.seal) centred(page, t("cert.pdf.seal"), { y: 92, size: 10, font: fonts.regular, x0: blockX, width: blockW, color: rgb(0.45, 0.45, 0.5) });
  centred(page, longDate(c.issuedAt), { y: 70, size: 12, font: fonts.regular, x0: blockX, width: blockW });
  if (o.seal) {
    const size = 112;
    const scale = Math.min(size / o.seal.width, size / o.seal.height);
    const w = o.seal.width * scale;
    const h = o.seal.height * scale;
    page.drawImage(o.seal, { x: blockX + (blockW - w) / 2, y: 96 - h / 2, width: w, height: h, opacity: 0.9 });
  }
  page.drawText(o.url, { x: 40, y: 36, size: 6.5, font: fonts.regular, color: rgb(0.5, 0.5, 0.55) });

  if (c.status === "revoked") {
    page.drawText(t("cert.pdf.revoked"), { x: 240, y: 150, size: 72, font: fonts.bold, color: RED, opacity: 0.35, rotate: degrees(20) });
  }
}
