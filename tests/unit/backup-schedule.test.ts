import { describe, expect, it } from "vitest";
import { backupFileName, backupsToPrune, nextBackupAt } from "@/server/ops/backup/schedule";

describe("daily backup schedule", () => {
  it("names archives by kind and UTC time, so that names sort by time", () => {
    expect(backupFileName("daily", new Date("2026-11-30T02:03:04.567Z"))).toBe("daily-20261130-020304.tar");
    expect(backupFileName("pre-migrate", new Date("2026-01-02T23:59:59Z"))).toBe("pre-migrate-20260102-235959.tar");
  });

  it("runs at the given local hour today when still ahead, else tomorrow", () => {
    const at = (h: number, m: number) => new Date(2026, 10, 30, h, m, 0, 0);
    expect(nextBackupAt(at(1, 0), 2)).toEqual(at(2, 0));
    expect(nextBackupAt(at(2, 0), 2)).toEqual(new Date(2026, 11, 1, 2, 0, 0, 0));
    expect(nextBackupAt(at(1, 59), 2)).toEqual(at(2, 0));
    expect(nextBackupAt(at(2, 30), 2)).toEqual(new Date(2026, 11, 1, 2, 0, 0, 0));
    expect(nextBackupAt(at(23, 30), 0)).toEqual(new Date(2026, 11, 1, 0, 0, 0, 0));
    expect(nextBackupAt(new Date(2026, 11, 31, 5, 0), 3)).toEqual(new Date(2027, 0, 1, 3, 0, 0, 0));
  });

  it("keeps the newest N daily archives and never touches other kinds or files", () => {
    const names = ["daily-20261128-020000.tar", "manual-20261101-100000.tar", "daily-20261130-020000.tar", "daily-20261129-020000.tar", "pre-migrate-20261001-000000.tar", "notes.txt"];
    expect(backupsToPrune(names, 2)).toEqual(["daily-20261128-020000.tar"]);
    expect(backupsToPrune(names, 1)).toEqual(["daily-20261128-020000.tar", "daily-20261129-020000.tar"]);
    expect(backupsToPrune(names, 5)).toEqual([]);
    expect(backupsToPrune(names, 0)).toHaveLength(3);
  });
});
