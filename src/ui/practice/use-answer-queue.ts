"use client";

// The sending side of a practice page (drill or mock exam): answers wait in IndexedDB (the exam's
// offline queue) until the server confirms them, and are sent again on `online`, every 3 s and
// when asked. The page decides what a response means through the callbacks.
import { useCallback, useEffect, useRef, useState } from "react";
import { queue, type PendingSave } from "../exam/offline-queue";

const RETRY_MS = 3_000;

export type QueueCallbacks = {
  /** 2xx: the answer is confirmed (and taken off the queue). */
  onSaved: (save: PendingSave, body: Record<string, unknown>) => void;
  /** 404/422: the server will never take it (taken off the queue). */
  onRefused?: (save: PendingSave) => void;
  /** 409: the drill or mock is closed; sending stops. */
  onClosed?: () => void;
};

export function useAnswerQueue(options: { queueId: string; url: string } & QueueCallbacks) {
  const { queueId, url } = options;
  const [online, setOnline] = useState(true);
  const [authError, setAuthError] = useState(false);
  const flushing = useRef(false);
  const callbacks = useRef<QueueCallbacks>(options);
  useEffect(() => {
    callbacks.current = options;
  });

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const p of await queue.list(queueId)) {
        let res: Response;
        try {
          res = await fetch(url, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ itemVersionId: p.itemVersionId, response: p.response, seq: p.seq }),
            cache: "no-store",
          });
        } catch {
          setOnline(false);
          return;
        }
        setOnline(true);
        const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        if (res.ok) {
          await queue.ack(queueId, p.itemVersionId, p.seq);
          callbacks.current.onSaved(p, body);
        } else if (res.status === 401) {
          setAuthError(true);
          return;
        } else if (res.status === 409 && callbacks.current.onClosed) {
          callbacks.current.onClosed();
          return;
        } else if (res.status === 422 || res.status === 404) {
          await queue.ack(queueId, p.itemVersionId, p.seq);
          callbacks.current.onRefused?.(p);
        } else {
          return; // a server error or a race: keep it and retry later
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [queueId, url]);

  /** Keeps an answer (the newest per item wins) and sends what waits. */
  const put = useCallback(
    async (itemVersionId: string, response: string[], seq: number) => {
      await queue.put({ attemptId: queueId, itemVersionId, response, flagged: false, seq });
      await queue.setSeq(queueId, seq);
      void flush();
    },
    [queueId, flush],
  );

  useEffect(() => {
    const retry = setInterval(() => void flush(), RETRY_MS);
    const onOnline = () => {
      setOnline(true);
      void flush();
    };
    const onOffline = () => setOnline(false);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      clearInterval(retry);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
    };
  }, [flush]);

  return { online, setOnline, authError, setAuthError, flush, put };
}
