import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { loadSessionFormOptions } from "@/server/sessions/load-session-form-options";
import { editorProps } from "@/ui/sessions/editor-labels";
import { SessionEditor } from "@/ui/sessions/session-editor";
import { autoAssignAction, checkSessionAction, saveSessionAction } from "../actions";

// Admin only: create a session (checked live and on save).
export default async function NewSessionPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/sessions/new" });
  const { t } = await getTranslator();
  const options = await loadSessionFormOptions();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("sessions.form.title.new")}</h1>
      <SessionEditor
        sessionId={null}
        initial={{ name: "", mode: "theory", level: "5", track: "online-merchant", startsAt: "", minutes: 90, paper: "", rooms: [], examinerIds: [], chiefExaminerId: "" }}
        options={options}
        {...editorProps(t)}
        checkAction={checkSessionAction}
        autoAssignAction={autoAssignAction}
        saveAction={saveSessionAction}
      />
    </div>
  );
}
