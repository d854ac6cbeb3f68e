"use client";

// The rich-text editor of a `rich: true` text deliverable on the candidate's skill page (Tiptap).
// Only the formatting the examiners' sanitizer keeps (src/server/skill/examiner/rich-text.ts) can be
// made: paragraphs, bold, italic, underline, strike, headings (h3, h4), lists, blockquote, line breaks
// — no code, links or rules. Loaded lazily by value-editors.tsx, so pages without rich text skip it.
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useRef } from "react";
import { richTextLength, richTextValue } from "./rich-text";
import type { TextEditorProps } from "./value-editors";

const extensions = [StarterKit.configure({ code: false, codeBlock: false, horizontalRule: false, link: false, heading: { levels: [3, 4] } })];

type ButtonSpec = { label: string; active: (e: Editor) => boolean; run: (e: Editor) => void };

const BUTTONS: ButtonSpec[] = [
  { label: "skill.rich.bold", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { label: "skill.rich.italic", active: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: "skill.rich.heading", active: (e) => e.isActive("heading", { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: "skill.rich.bulletList", active: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: "skill.rich.orderedList", active: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
];

/**
 * The editor of one rich-text deliverable: a toolbar (buttons named from the catalogue, aria-pressed
 * when the format applies at the cursor), the editable area (role textbox, multi-line, named by the
 * deliverable's title) and the count of plain-text characters against `maxLength` (red when over).
 * Reports `{ text: html }` ("" when empty) on every change; shows `value` as it changes from outside
 * (the saved value on load, the server's newer value); read-only while `disabled`.
 */
export default function RichTextEditor(props: TextEditorProps) {
  const text = props.value?.text ?? "";
  const emitted = useRef(text);
  const onChange = useRef(props.onChange);
  useEffect(() => {
    onChange.current = props.onChange;
  }, [props.onChange]);
  const editor = useEditor({
    extensions,
    content: text,
    editable: !props.disabled,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: props.id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": props.title,
        class: "prose-sm min-h-24 w-full rounded-b border border-slate-300 p-2 focus:outline-2 focus:outline-blue-700 [&_h3]:font-semibold [&_h4]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5",
      },
    },
    onUpdate: ({ editor: e }) => {
      const v = richTextValue(e.getHTML(), e.isEmpty);
      emitted.current = v.text;
      onChange.current(v);
    },
  });
  const pressed = useEditorState({ editor, selector: ({ editor: e }) => (e ? BUTTONS.map((b) => b.active(e)) : BUTTONS.map(() => false)) });

  useEffect(() => {
    editor?.setEditable(!props.disabled, false);
  }, [editor, props.disabled]);

  useEffect(() => {
    // A value from outside (not what this editor just reported): show it.
    if (!editor || text === emitted.current) return;
    emitted.current = text;
    editor.commands.setContent(text, { emitUpdate: false });
  }, [editor, text]);

  const count = richTextLength(text);
  return (
    <div className="space-y-1">
      <div role="toolbar" aria-label={props.t("skill.rich.toolbar", { title: props.title })} className="flex flex-wrap gap-1 rounded-t border border-b-0 border-slate-300 bg-slate-50 p-1">
        {BUTTONS.map((b, i) => (
          <button
            key={b.label}
            type="button"
            aria-label={props.t(b.label)}
            aria-pressed={pressed?.[i] ?? false}
            disabled={props.disabled || !editor}
            onClick={() => editor && b.run(editor)}
            className="rounded border border-slate-300 bg-white px-2 py-0.5 text-sm aria-pressed:bg-blue-100 aria-pressed:font-semibold disabled:opacity-60"
          >
            {props.t(b.label)}
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
      <p className={`text-xs ${count > props.maxLength ? "text-red-700" : "text-slate-600"}`}>{props.t("skill.chars", { count, max: props.maxLength })}</p>
    </div>
  );
}
