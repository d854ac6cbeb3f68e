// Pure helpers of the candidate's rich-text editor (src/ui/skill/rich-text-editor.tsx): the
// character count the page shows and the value it saves, counted and shaped as the server does.
import { plainTextOfHtml } from "@/exam/deliverables";

/**
 * Characters of rich text as the candidate sees them and the server counts them against
 * `maxLength` (src/exam/deliverables.ts validateDeliverableValue): Unicode code points of its plain
 * text (tags dropped, block ends as line breaks, trailing line breaks not counted).
 */
export function richTextLength(html: string): number {
  return [...plainTextOfHtml(html)].length;
}

/**
 * The saved value of the editor's document: its HTML without trailing empty paragraphs (the editor
 * keeps one after a final list or heading so the cursor can leave it), or "" for an empty document
 * (Tiptap's HTML of an empty document is "<p></p>", which must not count as an answer).
 */
export function richTextValue(html: string, isEmpty: boolean): { text: string } {
  return { text: isEmpty ? "" : html.replace(/(<p><\/p>)+$/, "") };
}
