// Unsent deliverable saves of a skill attempt, kept in IndexedDB so that a reload, a closed tab
// or a network drop loses nothing (as src/ui/exam/offline-queue.ts does for theory answers). One
// entry per (attempt, task version, deliverable): only the newest change needs sending. Without
// IndexedDB the entries live in memory for the page's lifetime.
export type PendingDeliverable = { key: string; attemptId: string; taskVersionId: string; deliverableId: string; value: unknown; seq: number };

const DB = "skills-skill";
const STORE = "pending";

let dbPromise: Promise<IDBDatabase> | null = null;
const memory = new Map<string, PendingDeliverable>();
let useMemory = false;

function db(): Promise<IDBDatabase> {
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "key" }).createIndex("attempt", "attemptId");
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return dbPromise;
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return db().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const tx = d.transaction(STORE, mode);
        const req = fn(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      }),
  );
}

async function guarded<T>(persistent: () => Promise<T>, fallback: () => T): Promise<T> {
  if (useMemory) return fallback();
  try {
    return await persistent();
  } catch {
    useMemory = true;
    return fallback();
  }
}

export const keyOf = (attemptId: string, taskVersionId: string, deliverableId: string) => `${attemptId}:${taskVersionId}:${deliverableId}`;

export const deliverableQueue = {
  async put(save: Omit<PendingDeliverable, "key">): Promise<void> {
    const entry = { ...save, key: keyOf(save.attemptId, save.taskVersionId, save.deliverableId) };
    await guarded<unknown>(
      () => run("readwrite", (s) => s.put(entry)),
      () => memory.set(entry.key, entry),
    );
  },
  async list(attemptId: string): Promise<PendingDeliverable[]> {
    const all = await guarded(
      () => run<PendingDeliverable[]>("readonly", (s) => s.index("attempt").getAll(attemptId)),
      () => [...memory.values()].filter((e) => e.attemptId === attemptId),
    );
    return all.sort((a, b) => a.seq - b.seq);
  },
  /** Removes the entry only if nothing newer was queued for it meanwhile. */
  async ack(entry: Pick<PendingDeliverable, "attemptId" | "taskVersionId" | "deliverableId" | "seq">): Promise<void> {
    const key = keyOf(entry.attemptId, entry.taskVersionId, entry.deliverableId);
    if (useMemory) {
      if ((memory.get(key)?.seq ?? Infinity) <= entry.seq) memory.delete(key);
      return;
    }
    const d = await db();
    await new Promise<void>((resolve, reject) => {
      const tx = d.transaction(STORE, "readwrite");
      const store = tx.objectStore(STORE);
      const get = store.get(key);
      get.onsuccess = () => {
        const found = get.result as PendingDeliverable | undefined;
        if (found && found.seq <= entry.seq) store.delete(key);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
};
