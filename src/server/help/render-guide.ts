// One guide page as HTML: docs/guide/<slug>.md (or README.md for the index) rendered by marked
// (GitHub-flavoured Markdown) at request time, its links and image addresses rewritten to the
// app's own (guides.ts guideHref), then reduced by sanitize-html to plain document markup (no
// scripts, styles, forms or foreign images), because the page inserts it as HTML.
import fs from "node:fs";
import path from "node:path";
import { Marked, type Token } from "marked";
import sanitizeHtml from "sanitize-html";
import { guideDir } from "./guide-files";
import { guideHref, type GuideSlug } from "./guides";

export type RenderedGuide = {
  /** Sanitized HTML of the whole guide, its level-1 heading (e.g. 考生指南) included. */
  html: string;
};

const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // A link with no address in the app keeps its text only; an image without one is left out.
    // (Returning false keeps marked's own rendering.)
    link(token) {
      return token.href ? false : this.parser.parseInline(token.tokens);
    },
    image(token) {
      return token.href ? false : "";
    },
  },
});

/** Links and images get the app's address, or none (then the sanitizer drops them). */
function rewriteAddress(token: Token): void {
  if (token.type === "link" || token.type === "image") token.href = guideHref(token.href) ?? "";
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["h1", "h2", "h3", "h4", "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "rel"], img: ["src", "alt", "loading"], th: ["align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    // An external link opens safely. (No tag is renamed here: a renamed tag that is then
    // discarded made sanitize-html close the next link of the same depth with the new name.)
    a: (tagName, attribs) => {
      const out: sanitizeHtml.Attributes = {};
      if (attribs.href) out.href = attribs.href;
      if (attribs.href && /^https?:/i.test(attribs.href)) out.rel = "noopener noreferrer";
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
  // An image that is not one of the whitelisted screenshots (raw HTML in the Markdown included) is left out.
  exclusiveFilter: (frame) => frame.tag === "img" && !/^\/help\/img\/[^/]+$/.test(frame.attribs.src ?? ""),
};

/** Markdown text → sanitized HTML with the app's addresses; pure (exported for the unit tests). */
export function renderGuideMarkdown(source: string): RenderedGuide {
  const tokens = markdown.lexer(source);
  markdown.walkTokens(tokens, rewriteAddress);
  const html = sanitizeHtml(markdown.parser(tokens), SANITIZE);
  return { html };
}

/**
 * The guide `slug` (or the index when null) read from docs/guide and rendered. The slug must be
 * one of GUIDE_SLUGS (the caller checks it: an unknown one is a 404 there). Throws AppError
 * INTERNAL when docs/guide is missing.
 */
export function renderGuide(slug: GuideSlug | null, dir: string = guideDir()): RenderedGuide {
  const file = path.join(dir, slug === null ? "README.md" : `${slug}.md`);
  return renderGuideMarkdown(fs.readFileSync(file, "utf8"));
}
