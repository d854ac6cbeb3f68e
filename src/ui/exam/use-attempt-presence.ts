"use client";
// The attempt page's presence loop, shared by the theory exam page and the skill page: a heartbeat
// every 15 s (which also syncs the clock with the server), a retry of unsent saves every 3 s,
// both again as soon as the browser is back online, and one more heartbeat 6 s after the clock
// reached zero (the server submits after the grace period, and the heartbeat shows it).
import { useEffect } from "react";

const HEARTBEAT_MS = 15_000;
const RETRY_MS = 3_000;
const AFTER_ZERO_MS = 6_000;

/**
 * `beat` asks the server for the attempt's state; `flush` resends the queued saves; `setOnline`
 * records the browser's connectivity. `clockAtZero` is true while the attempt is in progress and
 * its countdown shows 0.
 */
export function useAttemptPresence(options: { beat: () => Promise<unknown>; flush: () => Promise<unknown>; setOnline: (online: boolean) => void; clockAtZero: boolean }): void {
  const { beat, flush, setOnline, clockAtZero } = options;
  useEffect(() => {
    const hb = setInterval(() => void beat(), HEARTBEAT_MS);
    const retry = setInterval(() => void flush(), RETRY_MS);
    const onOnline = () => {
      setOnline(true);
      void flush();
      void beat();
    };
    const onOffline = () => setOnline(false);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      clearInterval(hb);
      clearInterval(retry);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
    };
  }, [beat, flush, setOnline]);

  useEffect(() => {
    if (!clockAtZero) return;
    const timer = setTimeout(() => void beat(), AFTER_ZERO_MS);
    return () => clearTimeout(timer);
  }, [clockAtZero, beat]);
}
