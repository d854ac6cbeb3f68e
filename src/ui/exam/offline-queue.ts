// Unsent answer saves, kept in IndexedDB so that a reload, a closed tab or a network drop loses
// nothing. One entry per (attempt, item): only the newest change of an item needs sending.
export type PendingSave = { key: string; attemptId: string; itemVersionId: string; response: string[]; flagged: boolean; seq: number };

const DB = "skills-exam";
const PENDING = "pending";
const META = "meta";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(PENDING)) db.createObjectStore(PENDING, { keyPath: "key" }).createIndex("attempt", "attemptId");
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: "key" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let dbPromise: Promise<IDBDatabase> | null = null;
const db = () => (dbPromise ??= open());

// When IndexedDB cannot be opened (private mode, no quota), unsent saves are kept in memory for
// the page's lifetime instead: answers are still sent and resent, only a reload cannot keep them.
const memory = new Map<string, PendingSave>();
const memoryMeta = new Map<string, number>();
let useMemory = false;
export const queueIsPersistent = () => !useMemory;

async function guarded<T>(persistent: () => Promise<T>, fallback: () => T): Promise<T> {
  if (useMemory) return fallback();
  try {
    return await persistent();
  } catch {
    useMemory = true;
    return fallback();
  }
}

function run<T>(store: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return db().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const tx = d.transaction(store, mode);
        const req = fn(tx.objectStore(store));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      }),
  );
}

export const queue = {
  async put(save: Omit<PendingSave, "key">): Promise<void> {
    const entry = { ...save, key: `${save.attemptId}:${save.itemVersionId}` };
    await guarded<unknown>(
      () => run(PENDING, "readwrite", (s) => s.put(entry)),
      () => memory.set(entry.key, entry),
    );
  },
  async list(attemptId: string): Promise<PendingSave[]> {
    const all = await guarded(
      () => run<PendingSave[]>(PENDING, "readonly", (s) => s.index("attempt").getAll(attemptId)),
      () => [...memory.values()].filter((e) => e.attemptId === attemptId),
    );
    return all.sort((a, b) => a.seq - b.seq);
  },
  /** Removes the entry only if nothing newer was queued for the item meanwhile. */
  async ack(attemptId: string, itemVersionId: string, seq: number): Promise<void> {
    const key = `${attemptId}:${itemVersionId}`;
    if (useMemory) {
      if ((memory.get(key)?.seq ?? Infinity) <= seq) memory.delete(key);
      return;
    }
    const d = await db();
    await new Promise<void>((resolve, reject) => {
      const tx = d.transaction(PENDING, "readwrite");
      const store = tx.objectStore(PENDING);
      const get = store.get(key);
      get.onsuccess = () => {
        const entry = get.result as PendingSave | undefined;
        if (entry && entry.seq <= seq) store.delete(key);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
  async getSeq(attemptId: string): Promise<number> {
    const row = await guarded(
      () => run<{ key: string; value: number } | undefined>(META, "readonly", (s) => s.get(`seq:${attemptId}`)),
      () => ({ key: "", value: memoryMeta.get(attemptId) ?? 0 }),
    );
    return row?.value ?? 0;
  },
  async setSeq(attemptId: string, value: number): Promise<void> {
    await guarded<unknown>(
      () => run(META, "readwrite", (s) => s.put({ key: `seq:${attemptId}`, value })),
      () => memoryMeta.set(attemptId, value),
    );
  },
};
