"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export function StartButton({ sessionId, label, disabled }: { sessionId: string; label: string; disabled: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function start() {
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/exam/sessions/${sessionId}/start`, { method: "POST", cache: "no-store" }).catch(() => null);
    if (!res) {
      setBusy(false);
      return setError("network");
    }
    const body = await res.json();
    if (!res.ok) {
      setBusy(false);
      return setError(body?.error?.message ?? res.statusText);
    }
    router.push(`/exam/attempt/${body.attemptId}`);
  }
  return (
    <div className="space-y-2">
      <button type="button" onClick={() => void start()} disabled={disabled || busy} className="rounded bg-blue-700 px-5 py-2 text-lg text-white disabled:opacity-50">
        {label}
      </button>
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
