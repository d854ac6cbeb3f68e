import { randomInt } from "node:crypto";

// Initial passwords: 10 characters from an alphabet without look-alikes (no 0/O, 1/l/I), at
// least one letter and one digit, so they satisfy the password policy and are easy to copy
// from a printed slip. About 57 bits of entropy.
const LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const ALL = LETTERS + DIGITS;

export function generateInitialPassword(): string {
  for (;;) {
    const p = Array.from({ length: 10 }, () => ALL[randomInt(ALL.length)]).join("");
    if (/[A-Za-z]/.test(p) && /\d/.test(p)) return p;
  }
}
