// What a failed request of an upload means for the candidate: the server's own message (JSON
// `{ error: { code, message } }`, already in the candidate's language) when there is one, and
// whether trying again can help. Refusals (4xx: wrong type, too large, after the deadline, not
// found…) are final; 409 (progress out of step), 423 (busy), 5xx and network errors are retried.
export type UploadFailure = { message: string | null; code: string | null; status: number; retry: boolean };

type ResponseLike = { getStatus(): number; getBody(): string } | null | undefined;

export function describeUploadFailure(response: ResponseLike): UploadFailure {
  const status = response?.getStatus() ?? 0;
  let message: string | null = null;
  let code: string | null = null;
  try {
    const body = JSON.parse(response?.getBody() ?? "") as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.message === "string") message = body.error.message;
    if (typeof body.error?.code === "string") code = body.error.code;
  } catch {
    // not JSON (a proxy's page, or no body)
  }
  const retry = status === 0 || status >= 500 || ((status === 409 || status === 423) && code !== "DEADLINE_PASSED");
  return { message, code, status, retry };
}

/** Waits between retries (ms): quick at first, then every 30–60 s for about ten minutes. */
export const RETRY_DELAYS = [0, 1000, 2000, 4000, 8000, 15000, 30000, 30000, 30000, 60000, 60000, 60000, 60000, 60000, 60000, 60000, 60000];
