import { NextResponse, type NextRequest } from "next/server";
import { withErrors } from "@/server/http";
import { publicOrigin } from "@/server/net/public-origin";
import { localeCookie, parseLocaleForm, safeReturnPath } from "@/server/set-locale";

// Public by design (no account needed to choose a language); input validated with zod.
// Back to the page the switch was used on (an exam stays in the exam), by a relative Location.
export const POST = withErrors(async (request: NextRequest) => {
  const { locale } = parseLocaleForm(await request.formData());
  const back = safeReturnPath(request.headers.get("referer"), publicOrigin(request.headers));
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  response.cookies.set(localeCookie.name, locale, { ...localeCookie, secure: publicOrigin(request.headers).startsWith("https:") });
  return response;
});
