// Use case: a session's admission tickets (准考证) as a PDF, one A4 page per seated candidate (or
// only `candidateId`'s): name, ticket number, masked ID number, level and track, assessment mode,
// session, time (Asia/Shanghai), room, seat, location, instructions. Data from getSession.
import { PDFDocument, rgb } from "pdf-lib";
import { translator, type Locale } from "@/i18n";
import { AppError } from "../errors";
import { formatShanghai } from "../format";
import { embedStoredImage, loadPhotos } from "../photos/get-photo";
import { getSession } from "../sessions/get-session";
import { embedFonts } from "./fonts";
import { finish, safeFileName, Sheet } from "./layout";
import { levelName, modeName, trackName } from "./labels";

export type PdfFile = { body: Uint8Array; fileName: string; asciiName: string; pages: number };

export async function buildAdmissionTickets(options: { sessionId: string; candidateId?: string; locale: Locale; now: Date }): Promise<PdfFile> {
  const t = translator(options.locale);
  const s = await getSession({ sessionId: options.sessionId });
  const tickets = s.rooms
    .flatMap((r) => r.candidates.map((c) => ({ ...c, room: r.name, location: r.location })))
    .filter((c) => !options.candidateId || c.id === options.candidateId);
  if (options.candidateId && tickets.length === 0) throw new AppError("NOT_FOUND");

  const doc = await PDFDocument.create();
  const sheet = new Sheet(doc, await embedFonts(doc));
  const photos = await loadPhotos(tickets.map((c) => c.id));
  const when = t("pdf.tickets.timeRange", { start: formatShanghai(s.startsAt, options.locale), end: formatShanghai(s.endsAt, options.locale) });
  if (tickets.length === 0) {
    sheet.newPage();
    sheet.text(t("pdf.tickets.docTitle", { name: s.name }), { size: 16, bold: true, after: 12 });
    sheet.text(t("pdf.tickets.empty"));
  }
  for (const c of tickets) {
    sheet.newPage();
    const { page } = sheet;
    const top = sheet.y + 16;
    sheet.text(t("pdf.tickets.heading"), { size: 17, bold: true, align: "center", after: 2 });
    sheet.text(t("pdf.tickets.subheading"), { size: 24, bold: true, align: "center", after: 14 });
    sheet.rule(22);

    // Photo box at the right of the rows.
    const photo = { w: 90, h: 120 };
    const photoX = sheet.right - photo.w - 12;
    const photoBottom = sheet.y - photo.h;
    page.drawRectangle({ x: photoX, y: sheet.y - photo.h, width: photo.w, height: photo.h, borderColor: rgb(0.45, 0.45, 0.5), borderWidth: 0.8 });
    const image = await embedStoredImage(doc, photos.get(c.id));
    if (image) {
      // Fit the 2-inch photo (5:7) inside the box, centred.
      const scale = Math.min(photo.w / image.width, photo.h / image.height);
      const w = image.width * scale;
      const h = image.height * scale;
      page.drawImage(image, { x: photoX + (photo.w - w) / 2, y: sheet.y - photo.h + (photo.h - h) / 2, width: w, height: h });
    } else sheet.line(t("pdf.tickets.photo"), { x: photoX, width: photo.w, align: "center", y: sheet.y - photo.h / 2 + 6, grey: true, size: 11 });

    const rows: Array<[string, string]> = [
      [t("pdf.tickets.name"), c.name],
      [t("pdf.tickets.ticket"), c.ticketNumber],
      [t("pdf.tickets.idNumber"), c.idNumberMasked],
      [t("pdf.tickets.levelTrack"), `${levelName(t, s.level)} · ${trackName(t, s.track)}`],
      [t("pdf.tickets.mode"), modeName(t, s.mode)],
      [t("pdf.tickets.session"), s.name],
      [t("pdf.tickets.time"), when],
      [t("pdf.tickets.room"), c.room],
      [t("pdf.tickets.seat"), String(c.seat)],
      ...(c.location ? ([[t("pdf.tickets.location"), c.location]] as Array<[string, string]>) : []),
    ];
    // The first rows sit beside the photo; the rest use the full width.
    const besidePhoto = rows.slice(0, 5);
    sheet.keyValues(besidePhoto, { x: sheet.left + 12, width: photoX - sheet.left - 24, labelWidth: 100, emphasise: t("pdf.tickets.ticket") });
    sheet.y = Math.min(sheet.y, photoBottom - 10);
    sheet.keyValues(rows.slice(5), { x: sheet.left + 12, width: sheet.width - 24, labelWidth: 100 });
    sheet.space(16);
    sheet.rule(14);
    sheet.text(t("pdf.tickets.notesTitle"), { size: 12, bold: true, x: sheet.left + 12, after: 4 });
    sheet.text(t("pdf.tickets.notes"), { size: 10.5, x: sheet.left + 12, width: sheet.width - 24 });
    sheet.space(12);
    // Frame around the ticket.
    page.drawRectangle({ x: sheet.left - 8, y: sheet.y, width: sheet.width + 16, height: top - sheet.y, borderColor: rgb(0.2, 0.2, 0.25), borderWidth: 1.6 });
  }
  const body = await finish(doc, { title: t("pdf.tickets.docTitle", { name: s.name }), producer: t("pdf.producer"), now: options.now });
  return { body, fileName: safeFileName(t("pdf.tickets.file", { name: s.name })), asciiName: "admission-tickets.pdf", pages: doc.getPageCount() };
}
