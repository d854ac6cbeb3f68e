// Security headers (issue 12). Pages get a Content-Security-Policy with a per-request nonce from
// proxy.ts (Next.js applies the nonce to its own scripts during dynamic rendering); every
// response, page or API, also gets the static headers below, from the launcher's front server
// (its own responses and proxied ones) and from next.config.ts (for `npm run dev`).
// See docs/operations.md "Sessions and security".
import type { ServerResponse } from "node:http";

/** Headers every response carries. */
export const STATIC_SECURITY_HEADERS = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
} as const;

/**
 * The page CSP for one request. Scripts: only this app's, with the nonce ('strict-dynamic' lets
 * them load their chunks); styles: the app's stylesheet and style attributes ('unsafe-inline'
 * for styles only: React's style={...}); no plugins, no framing, forms and connections to this
 * origin only. `dev` adds 'unsafe-eval' (React's development tools need it).
 */
export function pageContentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For the front server: sets the static headers before anything is written (a later writeHead may add to them). */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(name, value);
}
