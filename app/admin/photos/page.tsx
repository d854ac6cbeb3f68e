import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { PhotoImport } from "@/ui/certificates/photo-import";

// Admin only: import candidates' photos from a ZIP named by ID number or ticket number.
export default async function PhotosPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/photos" });
  const { t } = await getTranslator();
  const keys = ["file", "mode", "modeAll", "modeValid", "crop", "submit", "running", "progress", "progressText", "done", "failed", "rows", "colRow", "colFile", "colCandidate", "colResult", "ok", "notices", "error"] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("photos.title")}</h1>
      <p>{t("photos.help")}</p>
      <PhotoImport labels={Object.fromEntries(keys.map((k) => [k, t(`photos.${k}`)])) as Record<(typeof keys)[number], string>} />
    </div>
  );
}
