// 示例题目 (SAMPLE CONTENT) — the demo item bank and demo skill tasks.
// Original, plausible sample content written for this project for demonstration and training
// use; NOT taken from any real examination. Every entry carries `sample: true`.
// Consumers persisting these must drop `key`/`sample` (or map them) and add ids, version and
// status ("active").
import { ethicsBasicsItems } from "./items-ethics-basics";
import { level4Items } from "./items-level4";
import { level5ItemsA } from "./items-level5-a";
import { level5ItemsB } from "./items-level5-b";
import { level4Tasks } from "./tasks-level4";
import { level5Tasks } from "./tasks-level5";
import type { DemoItem, DemoTask } from "./builders";

export type { DemoItem, DemoTask } from "./builders";

/** All demo theory items (示例理论题), status implicitly "active". */
export const demoItems: DemoItem[] = [...ethicsBasicsItems, ...level5ItemsA, ...level5ItemsB, ...level4Items];

/** All demo skill tasks (示例实操试题), status implicitly "active". */
export const demoTasks: DemoTask[] = [...level5Tasks, ...level4Tasks];
