// Reads a JSON request body of at most `maxBytes`, stopping as soon as more arrives (a 10 MB body
// is not read, parsed or stored). Errors: AppError VALIDATION ("请求内容过大", also when the
// declared Content-Length is over the cap), SyntaxError for invalid JSON (→ 422).
import { AppError } from "../errors";

export async function readCappedJson(request: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new AppError("VALIDATION", { message: `请求内容过大（上限 ${maxBytes} 字节）` });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) throw new SyntaxError("empty body");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
}
