"use client";
// The attempt page's clock and state, shared by the theory exam page and the skill page: the
// server's remaining time turned into an end time (performance.now(), so the countdown stays
// right in a background tab), recomputed every 0.5 s while the attempt is in progress; the
// attempt's status (also in a ref, for callbacks that must not wait for a render) and who
// submitted it.
import { useCallback, useEffect, useRef, useState } from "react";

export type AttemptStatus = "in_progress" | "paused" | "submitted";

/**
 * `sync(seconds, status?, submittedBy?)`: what the server said (remaining seconds; status and
 * submitter when given). `closed(paused)`: a save was refused because the attempt is paused, or
 * over (then submitted, by the deadline unless already known). `submitted(by)`: the candidate's
 * own submit succeeded.
 */
export function useAttemptClock() {
  const [status, setStatus] = useState<AttemptStatus>("in_progress");
  const [submittedBy, setSubmittedBy] = useState<string | null>(null);
  const [remaining, setRemaining] = useState(0);
  const endAt = useRef(0);
  const statusRef = useRef<AttemptStatus>("in_progress");

  const setBoth = useCallback((s: AttemptStatus) => {
    statusRef.current = s;
    setStatus(s);
  }, []);

  const sync = useCallback(
    (seconds: number, s?: AttemptStatus, by?: string | null) => {
      endAt.current = performance.now() + seconds * 1000;
      setRemaining(seconds);
      if (s) setBoth(s);
      if (by !== undefined) setSubmittedBy(by);
    },
    [setBoth],
  );
  const closed = useCallback(
    (paused: boolean) => {
      setBoth(paused ? "paused" : "submitted");
      if (!paused) setSubmittedBy((b) => b ?? "deadline");
    },
    [setBoth],
  );
  const submitted = useCallback(
    (by: string) => {
      setBoth("submitted");
      setSubmittedBy(by);
    },
    [setBoth],
  );

  useEffect(() => {
    const timer = setInterval(() => {
      if (statusRef.current === "in_progress") setRemaining(Math.max(0, (endAt.current - performance.now()) / 1000));
    }, 500);
    return () => clearInterval(timer);
  }, []);

  return { status, submittedBy, remaining, statusRef, sync, closed, submitted };
}
