import Link from "next/link";
import { VenueCodeSchema } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { listRooms } from "@/server/sessions/list-rooms";
import { RoomForm } from "@/ui/sessions/room-form";
import { createRoomAction } from "./actions";

// Admin only: the rooms and a form to add one.
export default async function RoomsPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/rooms" });
  const { t } = await getTranslator();
  const rooms = await listRooms();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("rooms.title")}</h1>
        <Link href="/admin/sessions" className="text-blue-700 underline">
          {t("sessions.title")}
        </Link>
      </div>
      <p>{t("rooms.intro")}</p>
      <RoomForm
        action={createRoomAction}
        kinds={VenueCodeSchema.options.map((k) => ({ key: k, text: t(`rooms.kind.${k}`) }))}
        labels={{
          name: t("rooms.field.name"),
          kind: t("rooms.field.kind"),
          capacity: t("rooms.field.capacity"),
          location: t("rooms.field.location"),
          submit: t("rooms.create"),
          created: t("rooms.created"),
          error: t("rooms.error"),
        }}
      />
      {rooms.length === 0 ? (
        <p>{t("rooms.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("rooms.caption")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["name", "kind", "capacity", "location", "sessions"] as const).map((c) => (
                <th key={c} scope="col" className="border px-2 py-1">
                  {t(`rooms.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rooms.map((r) => (
              <tr key={r.id}>
                <td className="border px-2 py-1">{r.name}</td>
                <td className="border px-2 py-1">{t(`rooms.kind.${r.kind}`)}</td>
                <td className="border px-2 py-1">{r.capacity}</td>
                <td className="border px-2 py-1">{r.location}</td>
                <td className="border px-2 py-1">{r.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
