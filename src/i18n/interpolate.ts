// Fills "{name}" placeholders of a catalogue message. Kept apart from the catalogues so client
// components can use it without bundling every message.
export type MessageParams = Record<string, string | number>;

export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A translate function over the messages a server component handed to a client component. */
export function messageLookup(messages: Record<string, string>) {
  return (key: string, params?: MessageParams) => interpolate(messages[key] ?? key, params);
}
