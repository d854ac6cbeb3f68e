// The authorization matrix: every page and route handler in app/, requested as each role and
// as an anonymous visitor, must answer the expected status. A route file with no row here
// fails the first test, so a new route cannot ship without a stated rule.
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { EVERYONE, signInByApi } from "./helpers/auth";
import { CERTIFICATE_ROUTES } from "./helpers/matrix-certificates";
import { ANALYTICS_ROUTES } from "./helpers/matrix-analytics";
import { AUTHORING_ROUTES } from "./helpers/matrix-authoring";
import { adminApi, all, expected, page, type Row } from "./helpers/matrix";
import { EXAM_ROUTES } from "./helpers/matrix-exam";
import { HELP_ROUTES } from "./helpers/matrix-help";
import { IMPORT_ROUTES } from "./helpers/matrix-imports";
import { PDF_ROUTES } from "./helpers/matrix-pdf";
import { PRACTICE_ROUTES } from "./helpers/matrix-practice";
import { REPORT_ROUTES } from "./helpers/matrix-reports";
import { RESULT_ROUTES } from "./helpers/matrix-results";
import { SESSION_ROUTES } from "./helpers/matrix-sessions";
import { SKILL_ROUTES } from "./helpers/matrix-skill";
import { UPLOAD_ROUTES } from "./helpers/matrix-uploads";
import { OPS_ROUTES } from "./helpers/matrix-ops";

// Key: METHOD + route pattern as in app/ (dynamic segments in brackets).
const MATRIX: Record<string, Row> = {
  ...SESSION_ROUTES,
  ...EXAM_ROUTES,
  ...RESULT_ROUTES,
  ...REPORT_ROUTES,
  ...PDF_ROUTES,
  ...IMPORT_ROUTES,
  ...CERTIFICATE_ROUTES,
  ...ANALYTICS_ROUTES,
  ...UPLOAD_ROUTES,
  ...PRACTICE_ROUTES,
  ...OPS_ROUTES,
  ...SKILL_ROUTES,
  ...AUTHORING_ROUTES,
  ...HELP_ROUTES,
  "GET /": { url: "/", expect: all(200) },
  "GET /standard": { url: "/standard?q=4.5", expect: all(200) },
  "GET /standard/[level]/[track]": { url: "/standard/4/cross-border", expect: all(200) },
  "GET /signin": { url: "/signin", expect: { ...all(307), anonymous: 200 } },
  "GET /me": { url: "/me", expect: all(307) },
  "GET /account/password": { url: "/account/password", expect: { ...all(200), anonymous: 307 } },
  "GET /admin": { url: "/admin", expect: page(["admin"]) },
  "GET /admin/candidates": { url: "/admin/candidates", expect: page(["admin"]) },
  "GET /admin/candidates/import": { url: "/admin/candidates/import", expect: page(["admin"]) },
  "GET /admin/candidates/[id]": { url: "/admin/candidates/no-such-candidate", expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/items": { url: "/admin/items?type=single", expect: page(["admin"]) },
  "GET /admin/items/new": { url: "/admin/items/new", expect: page(["admin"]) },
  "GET /admin/items/[id]": { url: "/admin/items/no-such-item", expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/items/import": { url: "/admin/items/import", expect: page(["admin"]) },
  "GET /admin/items/coverage": { url: "/admin/items/coverage", expect: page(["admin"]) },
  "GET /admin/tasks": { url: "/admin/tasks", expect: page(["admin"]) },
  "GET /admin/tasks/new": { url: "/admin/tasks/new", expect: page(["admin"]) },
  "GET /admin/tasks/[id]": { url: "/admin/tasks/no-such-task", expect: { ...page(["admin"]), admin: 404 } },
  "GET /api/admin/items/export": { url: "/api/admin/items/export?format=moodle", expect: adminApi(200) },
  "GET /api/admin/items/template": { url: "/api/admin/items/template?format=csv", expect: adminApi(200) },
  "POST /api/admin/items/import": { url: "/api/admin/items/import", expect: adminApi(422), form: { duplicates: "skip" } },
  "GET /api/admin/tasks/export": { url: "/api/admin/tasks/export", expect: adminApi(200) },
  "POST /api/admin/tasks/import": { url: "/api/admin/tasks/import", expect: adminApi(422), form: { x: "" } },
  "GET /admin/papers": { url: "/admin/papers", expect: page(["admin"]) },
  "GET /admin/papers/[id]": { url: "/admin/papers/no-such-paper", expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/papers/[id]/print": { url: "/admin/papers/no-such-paper/print", expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/skill-plans/[id]": { url: "/admin/skill-plans/no-such-plan", expect: { ...page(["admin"]), admin: 404 } },
  "GET /candidate": { url: "/candidate", expect: page(["candidate"]) },
  "GET /proctor": { url: "/proctor", expect: page(["proctor"]) },
  "GET /examiner": { url: "/examiner", expect: page(["examiner"]) },
  "GET /api/health": { url: "/api/health", expect: all(200) },
  "GET /api/standard": { url: "/api/standard", expect: all(200) },
  "POST /api/locale": { url: "/api/locale", expect: all(422), form: { locale: "fr" } },
  "GET /api/auth/[...nextauth]": { url: "/api/auth/session", expect: all(200) },
  "POST /api/auth/[...nextauth]": { url: "/api/auth/callback/nope", expect: all(302), form: { x: "1" } },
  "GET /api/admin/candidates/template": { url: "/api/admin/candidates/template?format=csv", expect: adminApi(200) },
  "POST /api/admin/candidates/import": { url: "/api/admin/candidates/import", expect: adminApi(422), form: { mode: "valid-only" } },
  "POST /api/admin/candidates/slips": { url: "/api/admin/candidates/slips", expect: adminApi(422), form: { nothing: "" } },
  "GET /api/admin/imports/[id]": { url: "/api/admin/imports/00000000-0000-4000-8000-000000000000", expect: adminApi(404) },
};

/** Every page and route handler method under app/, as "METHOD /pattern". */
function routesInApp(): string[] {
  const root = path.resolve(import.meta.dirname, "../../app");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^(page|route)\.tsx?$/.test(e.name)) {
        const rel = path.relative(root, dir).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
        const pattern = `/${rel.join("/")}`;
        if (e.name.startsWith("page")) out.push(`GET ${pattern}`);
        else {
          const src = fs.readFileSync(p, "utf8");
          const methods = new Set<string>();
          for (const m of src.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
          for (const m of src.matchAll(/export\s+const\s*\{([^}]*)\}/g)) for (const name of m[1]!.split(",")) methods.add(name.trim());
          for (const m of methods) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(m)) out.push(`${m} ${pattern}`);
        }
      }
    }
  };
  walk(root);
  return out.sort();
}

test("every route in app/ has a row in the authorization matrix", () => {
  const routes = routesInApp();
  expect(routes.length).toBeGreaterThan(10);
  expect(routes.filter((r) => !(r in MATRIX)), "routes without a stated rule").toEqual([]);
  expect(Object.keys(MATRIX).filter((k) => !routes.includes(k)), "rows for routes that no longer exist").toEqual([]);
});

for (const who of EVERYONE) {
  test(`authorization matrix as ${who}`, async ({ baseURL }) => {
    const context: APIRequestContext = await playwrightRequest.newContext({ baseURL });
    try {
      if (who !== "anonymous") await signInByApi(context, who);
      const seen: Record<string, number> = {};
      const wanted: Record<string, number> = {};
      for (const [key, row] of Object.entries(MATRIX)) {
        const method = key.split(" ")[0]!;
        const response =
          method === "GET"
            ? await context.get(row.url, { maxRedirects: 0 })
            : await context.fetch(row.url, { method, headers: row.headers, ...(row.json !== undefined ? { data: row.json } : { form: row.form }), maxRedirects: 0 });
        seen[key] = response.status();
        wanted[key] = expected(row.expect, who);
      }
      expect(seen).toEqual(wanted);
    } finally {
      await context.dispose();
    }
  });
}
