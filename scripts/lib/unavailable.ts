// What the front server answers while the Next.js server is down or restarting (the supervisor
// brings it back, scripts/lib/supervisor.ts): a page that says so in Chinese and English and
// refreshes itself, or a JSON error for API calls and scripts. Status 503 with Retry-After.
import type { IncomingMessage, ServerResponse } from "node:http";
import { translate, type MessageKey } from "@/i18n";

const RETRY_SECONDS = 3;

// Responses answered here, so the request log can tell "Next.js is (re)starting: expected, the
// client retries" from a real failure (scripts/lib/front-observe.ts logs them as warnings).
const answeredHere = new WeakSet<ServerResponse>();

/** True when `res` is this module's 503 (Next.js down or starting), not an error of the app. */
export function isUnavailableResponse(res: ServerResponse): boolean {
  return answeredHere.has(res);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The self-refreshing bilingual page (zh-CN first, English second). No script, no external asset. */
export function unavailablePage(): string {
  const both = (key: MessageKey) => ({ zh: escapeHtml(translate("zh-CN", key)), en: escapeHtml(translate("en", key)) });
  const title = both("process.unavailable.title");
  const body = both("process.unavailable.body");
  const retry = both("process.unavailable.retry");
  const button = both("process.unavailable.button");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}"><title>${title.zh} / ${title.en}</title>
<style>body{font-family:system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.6}h1{font-size:1.4rem}p.en{color:#4b5563}a{display:inline-block;margin-top:1rem;padding:.4rem 1rem;border:1px solid #1f2937;border-radius:.3rem;color:inherit;text-decoration:none}</style>
</head><body><main>
<h1>${title.zh}</h1><p>${body.zh}</p><p>${retry.zh}</p>
<h1 lang="en">${title.en}</h1><p class="en" lang="en">${body.en}</p><p class="en" lang="en">${retry.en}</p>
<a href="">${button.zh} / ${button.en}</a>
</main></body></html>`;
}

/** True when the client wants a page (a browser navigation), not data. */
function wantsPage(req: IncomingMessage): boolean {
  const path = (req.url ?? "/").split("?")[0]!;
  if (path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  return (req.method === "GET" || req.method === "HEAD") && (req.headers.accept ?? "").includes("text/html");
}

/** Answers 503: the page for navigations, `{ error: { code: "UNAVAILABLE", message } }` otherwise. */
export function sendUnavailable(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) return void res.end();
  answeredHere.add(res);
  const headers = { "Cache-Control": "no-store", "Retry-After": String(RETRY_SECONDS) };
  if (wantsPage(req)) {
    const html = unavailablePage();
    res.writeHead(503, { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(html) });
    res.end(req.method === "HEAD" ? undefined : html);
    return;
  }
  const message = `${translate("zh-CN", "process.unavailable.api")} / ${translate("en", "process.unavailable.api")}`;
  const json = JSON.stringify({ error: { code: "UNAVAILABLE", message } });
  res.writeHead(503, { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}
