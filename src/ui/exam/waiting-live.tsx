"use client";

// The waiting room's live part: a countdown to the start time (from the server's clock, so a
// wrong computer clock does not matter), the room's state, and a poll that re-renders the page
// from the server every few seconds until the candidate may start, so that 开始考试 becomes
// available by itself when the proctor opens the room and the time has come.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { StartButton } from "./start-button";

/** Poll interval while waiting, in milliseconds (jittered so a room's computers spread out). */
const POLL_MS = 3_000;

function format(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(r).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function WaitingLive(props: {
  sessionId: string;
  /** Seconds from the server's now to the start time (negative once it has passed). */
  secondsToStart: number;
  canStart: boolean;
  reason: string | null;
  roomState: string;
  labels: { countdown: string; started: string; room: string; ready: string; auto: string; start: string };
}) {
  const router = useRouter();
  const startAt = useRef(0);
  const [left, setLeft] = useState(props.secondsToStart);

  useEffect(() => {
    startAt.current = performance.now() + props.secondsToStart * 1000;
  }, [props.secondsToStart]);

  useEffect(() => {
    const tick = setInterval(() => setLeft((startAt.current - performance.now()) / 1000), 500);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    if (props.canStart) return;
    const poll = setInterval(() => router.refresh(), POLL_MS + Math.floor(Math.random() * 1000));
    return () => clearInterval(poll);
  }, [props.canStart, router]);

  return (
    <div className="space-y-3">
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded border border-slate-300 bg-white p-4">
        <dt className="font-semibold">{props.labels.countdown}</dt>
        <dd className="font-mono text-3xl">
          <span role="timer" aria-label={props.labels.countdown}>
            {left > 0 ? format(left) : props.labels.started}
          </span>
        </dd>
        <dt className="font-semibold">{props.labels.room}</dt>
        <dd data-testid="room-state">{props.roomState}</dd>
      </dl>
      <p role="status" aria-live="polite">
        {props.canStart ? props.labels.ready : props.reason}
      </p>
      <StartButton sessionId={props.sessionId} label={props.labels.start} disabled={!props.canStart} />
      {!props.canStart && <p className="text-sm text-slate-700">{props.labels.auto}</p>}
    </div>
  );
}
