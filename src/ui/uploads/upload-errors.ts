// What a failed request of an upload means for the candidate: the server's own message (JSON
// `{ error: { code, message } }`, already in the candidate's language) when there is one, and
// whether trying again can help. Refusals (4xx: wrong type, too large, after the deadline, count
// limit reached, paused, not found…) are final; 408 (timeout), 423 (busy), 429 (rate limited), the
// tus protocol's 409 "progress out of step" (code UPLOAD_OFFSET), 5xx and network errors are retried.
export type UploadFailure = { message: string | null; code: string | null; status: number; retry: boolean };

type ResponseLike = { getStatus(): number; getBody(): string } | null | undefined;

/**
 * May an upload answered with HTTP `status` (0: no response) and error `code` be retried? Network
 * errors, 5xx, 408, 423, 429 and the protocol's offset conflict (409 UPLOAD_OFFSET, or a 409
 * without our JSON code) yes; every other 4xx is the server's final refusal.
 */
export function isRetryableUploadStatus(status: number, code: string | null): boolean {
  if (status === 0 || status >= 500) return true;
  if (status === 408 || status === 423 || status === 429) return true;
  if (status === 409) return code === "UPLOAD_OFFSET" || code === null;
  return status < 400;
}

/** The server's message and code of a failed upload request, and whether to retry (isRetryableUploadStatus). */
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
  return { message, code, status, retry: isRetryableUploadStatus(status, code) };
}

/** Waits between retries (ms): quick at first, then every 30–60 s for about ten minutes. */
export const RETRY_DELAYS = [0, 1000, 2000, 4000, 8000, 15000, 30000, 30000, 30000, 60000, 60000, 60000, 60000, 60000, 60000, 60000, 60000];
