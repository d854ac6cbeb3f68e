import type { Translate } from "@/i18n";

/**
 * A candidate's photo at the 2-inch ratio (5:7), served by /api/photos/<id> to those who may see
 * it; an empty frame labelled "照片" when there is none.
 */
export function CandidatePhoto({ t, candidateId, name, hasPhoto, size = "md" }: { t: Translate; candidateId: string; name: string; hasPhoto: boolean; size?: "sm" | "md" }) {
  const box = size === "sm" ? "h-14 w-10" : "h-[7rem] w-[5rem]";
  if (!hasPhoto)
    return (
      <span className={`inline-flex ${box} items-center justify-center border border-slate-400 text-xs text-slate-500`} aria-hidden="true">
        {t("photos.none")}
      </span>
    );
  return <img src={`/api/photos/${encodeURIComponent(candidateId)}`} alt={t("photos.alt", { name })} className={`${box} border border-slate-400 object-cover`} />;
}
