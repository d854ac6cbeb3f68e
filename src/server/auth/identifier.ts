// What a person types to sign in: staff a username; candidates their admission ticket number
// (准考证号) or ID number (身份证号).
export type Identifier =
  | { kind: "idNumber"; value: string }
  | { kind: "ticket"; value: string }
  | { kind: "username"; value: string };

export const TICKET_PATTERN = /^\d{11}$/;

export function classifyIdentifier(raw: string): Identifier {
  const value = raw.trim().replace(/\s+/g, "");
  const upper = value.toUpperCase();
  if (/^\d{17}[\dX]$/.test(upper)) return { kind: "idNumber", value: upper };
  if (TICKET_PATTERN.test(value)) return { kind: "ticket", value };
  return { kind: "username", value: value.toLowerCase() };
}
