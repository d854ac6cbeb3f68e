// Files being uploaded, kept in IndexedDB (browsers store File objects there) so that after a
// reload the upload resumes by itself, without the candidate choosing the file again. One entry
// per upload slot (purpose + metadata), removed once the file is stored or the upload is given up.
// Where IndexedDB is unavailable, nothing is kept: the candidate chooses the file again and the
// upload still resumes from the server's offset (same SHA-256, same fingerprint).
type Entry = { key: string; file: File; savedAt: number };

const DB = "skills-uploads";
const STORE = "pending";

let dbPromise: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "key" });
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

export const pendingFiles = {
  async save(key: string, file: File): Promise<void> {
    await run("readwrite", (s) => s.put({ key, file, savedAt: Date.now() } satisfies Entry)).catch(() => undefined);
  },
  async load(key: string): Promise<File | null> {
    const entry = await run<Entry | undefined>("readonly", (s) => s.get(key)).catch(() => undefined);
    return entry?.file ?? null;
  },
  async remove(key: string): Promise<void> {
    await run("readwrite", (s) => s.delete(key)).catch(() => undefined);
  },
};
