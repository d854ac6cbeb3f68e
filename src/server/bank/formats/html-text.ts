// Question texts into the bank's plain text: HTML is reduced to its text (scripts and styles
// dropped, line breaks kept, entities decoded, superscripts/subscripts kept as such), images
// become image markers when the file carries them, and anything not kept (audio, video, external
// images, other files) is reported so it can be listed per question. Pure.
import sanitizeHtml from "sanitize-html";
import { imageMarker } from "@/exam/item-text";
import { describeFile } from "./media";

/** How an image reference of the text is resolved: kept (its SHA-256) or not kept (why). */
export type ImageResolver = (src: string) => { sha256: string } | { lost: string };

export type TextResult = { text: string; lost: string[] };

const SUP: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ" };
const SUB: Record<string, string> = { "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎" };
const script = (map: Record<string, string>, mark: string, s: string) => ([...s].every((c) => map[c]) ? [...s].map((c) => map[c]).join("") : `${mark}(${s})`);

const KEEP_TAGS = ["img", "audio", "video", "source", "object", "embed", "iframe", "a", "sup", "sub", "br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"];

export function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]!) : "";
};

/** The placeholder left in the text for the i-th thing not kept, when asked to keep them inline. */
export const lostPlaceholder = (i: number) => `\u0001${i}\u0001`;

/**
 * HTML to plain text, with images resolved to markers and everything not kept listed. With
 * `inlineLost`, each thing not kept leaves lostPlaceholder(i) where it was (so a caller that
 * splits the text into lines knows which line lost what).
 */
export function htmlToText(html: string, resolve: ImageResolver = (src) => ({ lost: `图片 ${src}` }), options: { inlineLost?: boolean } = {}): TextResult {
  // Most texts hold no markup at all: nothing to sanitize.
  if (!/[<&]/.test(html)) return { text: tidy(html), lost: [] };
  const lost: string[] = [];
  // First pass: only the tags that matter, in a normalised form (double-quoted attributes).
  const clean = sanitizeHtml(html, {
    allowedTags: KEEP_TAGS,
    allowedAttributes: { img: ["src", "alt"], audio: ["src"], video: ["src"], source: ["src"], object: ["data"], embed: ["src"], iframe: ["src"], a: ["href"] },
    allowedSchemes: ["http", "https", "data", "media", "lost"],
    allowedSchemesAppliedToAttributes: ["href", "src", "data"],
    allowProtocolRelative: true,
    disallowedTagsMode: "discard",
  });
  const text = clean
    .replace(/<img\b[^>]*>/gi, (tag) => {
      const src = attr(tag, "src");
      if (!src) return attr(tag, "alt");
      const r = resolve(src);
      if ("sha256" in r) return imageMarker(r.sha256);
      lost.push(r.lost);
      if (options.inlineLost) return lostPlaceholder(lost.length - 1);
      return attr(tag, "alt") ? `（${attr(tag, "alt")}）` : "";
    })
    .replace(/<(audio|video|source|object|embed|iframe)\b[^>]*>/gi, (tag) => {
      const src = attr(tag, "src") || attr(tag, "data");
      lost.push(src ? describeFile(fileName(src)) : tag.startsWith("<iframe") ? "嵌入的网页" : "嵌入的媒体");
      return "";
    })
    .replace(/<a\b[^>]*>/gi, (tag) => {
      const href = attr(tag, "href");
      if (href.startsWith("@@PLUGINFILE@@")) lost.push(describeFile(fileName(href)));
      return "";
    })
    .replace(/<sup>([^<]*)<\/sup>/gi, (_, s: string) => script(SUP, "^", decodeEntities(s)).replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!))
    .replace(/<sub>([^<]*)<\/sub>/gi, (_, s: string) => script(SUB, "_", decodeEntities(s)).replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!))
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h\d)>/gi, "\n")
    .replace(/<\/(td|th)>/gi, "\t")
    .replace(/<[^>]*>/g, "");
  return { text: tidy(decodeEntities(text)), lost };
}

/** Whitespace as a person sees it: runs of spaces collapsed, blank lines removed, ends trimmed. */
export function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** The file name of a URL or @@PLUGINFILE@@ path, decoded. */
export function fileName(src: string): string {
  const last = src.split(/[?#]/)[0]!.split("/").pop() ?? src;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A plain-text (or Markdown) question text: kept as written; Markdown images ![](…) resolved. */
export function plainToText(text: string, resolve: ImageResolver, markdown: boolean): TextResult {
  const lost: string[] = [];
  const out = markdown
    ? text.replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, alt: string, src: string) => {
        const r = resolve(src);
        if ("sha256" in r) return imageMarker(r.sha256);
        lost.push(r.lost);
        return alt ? `（${alt}）` : "";
      })
    : text;
  return { text: out.replace(/\r\n?/g, "\n").trim(), lost };
}

/** Moodle's moodle_auto_format (and a missing format): HTML only when it holds real HTML tags. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|br|img|b|i|u|strong|em|span|div|sub|sup|table|tr|td|th|ul|ol|li|a|font|h[1-6]|audio|video|iframe|object|embed|source)(\s[^<>]*)?\/?>/i.test(text);
}
