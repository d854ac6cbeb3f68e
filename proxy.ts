// Next.js proxy (formerly middleware): a fresh CSP nonce for every page request, set on the
// request (Next.js reads it and applies it to the scripts it renders) and on the response.
// Authorization is not done here (every page and route checks for itself).
import { NextResponse, type NextRequest } from "next/server";
import { pageContentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/server/net/security-headers";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // A NUL in a page's query (e.g. an admin search ?q=%00) is dropped here, for every page at once:
  // PostgreSQL cannot compare text with NUL (it would be a 500).
  const clean = /%00/i.test(request.nextUrl.search) ? request.nextUrl.clone() : null;
  if (clean) clean.search = request.nextUrl.search.replace(/%00/gi, "");
  const response = clean ? NextResponse.rewrite(clean, { request: { headers: requestHeaders } }) : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
