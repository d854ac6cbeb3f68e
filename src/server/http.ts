// Small helpers for route handlers: one place that turns thrown errors into JSON responses.
import { errorResponseBody } from "./errors";
import { getTranslator } from "./i18n";
import { REQUEST_ID_HEADER } from "./ops/log";

/** The error's JSON response; `request` (when given) supplies the X-Request-Id for the log line. */
export async function jsonError(error: unknown, request?: Request): Promise<Response> {
  const { t } = await getTranslator();
  const requestId = request?.headers.get(REQUEST_ID_HEADER) ?? undefined;
  const { status, body } = errorResponseBody(error, t, { requestId });
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return jsonError(error, args[0] instanceof Request ? args[0] : undefined);
    }
  };
}
