// The one storage interface for files the platform keeps (candidates' uploaded work, task
// materials). Two drivers implement it: a folder on disk (default) and an S3-compatible object
// store (several app machines). See docs/storage.md.

export interface FileStorage {
  readonly driver: "folder" | "s3";
  /**
   * Stores the bytes under key; computes size and SHA-256 (lowercase hex) while writing.
   * Overwrites. Atomic: until it resolves, readers see the previous object or none, never a
   * half-written one. Throws AppError("INTERNAL") for an invalid key (see keys.ts).
   */
  put(key: string, body: NodeJS.ReadableStream | Buffer, meta: { contentType: string }): Promise<{ size: number; sha256: string }>;
  /**
   * The bytes (optionally a byte range, inclusive end; an end past the last byte is clamped).
   * Throws AppError("NOT_FOUND") when absent, AppError("VALIDATION") when the range starts past
   * the end or is reversed.
   */
  get(key: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream>;
  /** The object's size in bytes, or null when absent. */
  stat(key: string): Promise<{ size: number } | null>;
  /** Removes the object; absent is not an error. */
  delete(key: string): Promise<void>;
}

/** getStorage() is also reachable from here, as the interface contract of issue 14 names it. */
export { getStorage } from "./index";
