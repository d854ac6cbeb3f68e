// Candidates' rich text on the examiners' page: the page inserts it as HTML, so it is reduced here,
// on the server, to harmless formatting whatever was saved (a candidate controls the value).
import sanitizeHtml from "sanitize-html";

/**
 * A candidate's rich text as the examiners' page may insert it: text formatting, lists and tables
 * only (no styles, forms, links, images or anything that loads or runs), whatever was saved.
 */
export function safeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "s", "sup", "sub", "ul", "ol", "li", "h3", "h4", "blockquote", "table", "thead", "tbody", "tr", "th", "td"],
    allowedAttributes: { td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] },
    disallowedTagsMode: "escape",
  });
}
