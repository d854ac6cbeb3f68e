// The task editor's form fields -> a task input candidate (validated by the store).
import type { TaskInput } from "./task-store";

const split = (line: string) => line.split(/[|｜]/).map((s) => s.trim());

export function taskFromForm(form: FormData): unknown {
  const lines = (name: string) =>
    String(form.get(name) ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  return {
    title: String(form.get("title") ?? ""),
    level: String(form.get("level") ?? ""),
    tracks: form.getAll("tracks").map(String),
    duty: String(form.get("duty") ?? ""),
    skills: String(form.get("skills") ?? "")
      .split(/[,，、\s]+/)
      .filter(Boolean),
    instructions: String(form.get("instructions") ?? ""),
    materials: lines("materials").map((l) => {
      const [name = "", description = ""] = split(l);
      return { name, description };
    }),
    minutes: Number(form.get("minutes") ?? 0),
    points: Number(form.get("points") ?? 0),
    rubric: lines("rubric").map((l, i) => {
      const [title = "", points = "", descriptors = ""] = split(l);
      // A missing score stays missing (reported as 缺少分值), not 0.
      return { id: `c${i + 1}`, title, points: points === "" ? undefined : Number(points), descriptors: descriptors || title };
    }),
    status: String(form.get("status") ?? "draft"),
  };
}

export function taskToFormText(t: TaskInput) {
  return {
    skills: t.skills.join(","),
    materials: t.materials.map((m) => `${m.name}｜${m.description}`).join("\n"),
    rubric: t.rubric.map((c) => `${c.title}｜${c.points}｜${c.descriptors}`).join("\n"),
  };
}
