// The user guide's catalogue (docs/guide/): which guide each role reads, which Markdown file holds
// it, and the whitelist of screenshots the app serves. No I/O here: the files are read by
// render-guide.ts and guide-image.ts. The guide is public documentation (the sign-in part of the
// candidate's guide is needed before signing in), so the help pages need no session.

/** The guides, in the order the index lists them; each slug is `/help/<slug>` and `docs/guide/<slug>.md`. */
export const GUIDE_SLUGS = ["candidate", "admin", "proctor", "examiner", "teacher"] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/** The role names of the app (Prisma's Role enum) as plain strings, so this file stays free of Prisma. */
type RoleName = "ADMIN" | "PROCTOR" | "EXAMINER" | "CANDIDATE" | "TEACHER";

const GUIDE_OF_ROLE: Record<RoleName, GuideSlug> = {
  ADMIN: "admin",
  CANDIDATE: "candidate",
  PROCTOR: "proctor",
  EXAMINER: "examiner",
  TEACHER: "teacher",
};

/**
 * The screenshots the guide may show, served by GET /help/img/<name>: only these names, each a
 * PNG file in docs/guide/img (written by `npm run docs:screenshots`). A unit test checks that
 * this list and the folder agree and that every image the Markdown refers to is in it.
 */
export const GUIDE_IMAGES = [
  "admin-coverage.png",
  "admin-home.png",
  "admin-session-new.png",
  "candidate-exam-phone.png",
  "candidate-exam.png",
  "candidate-home.png",
  "candidate-submit.png",
  "candidate-waiting.png",
  "examiner-home.png",
  "proctor-console.png",
  "proctor-room.png",
  "teacher-home.png",
] as const;

export function isGuideSlug(value: string): value is GuideSlug {
  return (GUIDE_SLUGS as readonly string[]).includes(value);
}

/** True only for a name in GUIDE_IMAGES (exact match: no paths, no other files). */
export function isGuideImage(name: string): boolean {
  return (GUIDE_IMAGES as readonly string[]).includes(name);
}

/**
 * The guides for a signed-in user's roles, the main one first. The order is the one of the
 * landing page (src/server/auth/landing.ts): admin, candidate, proctor, examiner, teacher.
 * Empty for no known role.
 */
export function guidesForRoles(roles: readonly string[]): GuideSlug[] {
  const order: RoleName[] = ["ADMIN", "CANDIDATE", "PROCTOR", "EXAMINER", "TEACHER"];
  return order.filter((r) => roles.includes(r)).map((r) => GUIDE_OF_ROLE[r]);
}

/** Where the header's 帮助 link leads: the caller's main guide, or the index of all guides. */
export function helpPath(roles: readonly string[] | null): string {
  const [main] = guidesForRoles(roles ?? []);
  return main ? `/help/${main}` : "/help";
}

/**
 * A link or image address of the Markdown, as the app serves it: `candidate.md` (a sibling
 * guide) becomes `/help/candidate`, `README.md` `/help`, `img/<name>` `/help/img/<name>` when
 * the name is whitelisted; http(s) and mailto addresses and in-page anchors are kept. Anything
 * else (other repository files, unknown images) has no address in the app: null.
 */
export function guideHref(href: string): string | null {
  if (/^(https?:|mailto:)/i.test(href) || href.startsWith("#")) return href;
  const [pathPart, hash = ""] = href.split("#", 2) as [string, string?];
  const anchor = hash ? `#${hash}` : "";
  const path = pathPart.replace(/^\.\//, "");
  if (path === "README.md") return `/help${anchor}`;
  const guide = /^([a-z-]+)\.md$/.exec(path);
  if (guide && isGuideSlug(guide[1]!)) return `/help/${guide[1]}${anchor}`;
  const image = /^img\/([^/]+)$/.exec(path);
  if (image && isGuideImage(image[1]!)) return `/help/img/${image[1]}`;
  return null;
}
