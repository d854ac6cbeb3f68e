import { NextResponse, type NextRequest } from "next/server";
import { withErrors } from "@/server/http";
import { localeCookie, parseLocaleForm, safeReturnPath } from "@/server/set-locale";

// Public by design (no account needed to choose a language); input validated with zod.
export const POST = withErrors(async (request: NextRequest) => {
  const { locale } = parseLocaleForm(await request.formData());
  const back = safeReturnPath(request.headers.get("referer"), request.nextUrl.origin);
  const response = NextResponse.redirect(new URL(back, request.nextUrl.origin), 303);
  response.cookies.set(localeCookie.name, locale, localeCookie);
  return response;
});
