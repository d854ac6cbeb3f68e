// Authorization-matrix rows for the resumable upload endpoint (tus). Anonymous callers get 401
// before anything else; a signed-in caller reaches the purpose's policy (an unknown purpose: 422)
// and only their own uploads (someone else's or an unknown id: 404).
import type { Row } from "./matrix";

const TUS = { "Tus-Resumable": "1.0.0" };
const NO_UPLOAD = `/api/uploads/${"0".repeat(32)}`;
const signedIn = (status: number) => ({ anonymous: 401, admin: status, proctor: status, examiner: status, candidate: status });

export const UPLOAD_ROUTES: Record<string, Row> = {
  "POST /api/uploads/[[...path]]": {
    url: "/api/uploads",
    headers: { ...TUS, "Upload-Length": "10", "Upload-Metadata": `purpose ${Buffer.from("no-such-purpose").toString("base64")}` },
    expect: signedIn(422),
  },
  "PATCH /api/uploads/[[...path]]": {
    url: NO_UPLOAD,
    headers: { ...TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" },
    expect: signedIn(404),
  },
  "DELETE /api/uploads/[[...path]]": { url: NO_UPLOAD, headers: TUS, expect: signedIn(404) },
};
