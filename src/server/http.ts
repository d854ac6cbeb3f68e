// Small helpers for route handlers: one place that turns thrown errors into JSON responses.
import { errorResponseBody } from "./errors";
import { getTranslator } from "./i18n";

export async function jsonError(error: unknown): Promise<Response> {
  const { t } = await getTranslator();
  const { status, body } = errorResponseBody(error, t);
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return jsonError(error);
    }
  };
}
