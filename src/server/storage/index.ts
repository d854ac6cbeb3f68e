// getStorage(): the configured FileStorage of this process (docs/storage.md).
//   STORAGE_DRIVER=folder (default): files under STORAGE_DIR, default <DATA_DIR>/files.
//   STORAGE_DRIVER=s3: S3_BUCKET (required), S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID,
//   S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE.
import path from "node:path";
import { getEnv } from "../env";
import { FolderStorage } from "./folder";
import { S3Storage } from "./s3";
import type { FileStorage } from "./types";

export type { FileStorage } from "./types";
export { FolderStorage } from "./folder";
export { S3Storage, createS3Client, type S3StorageOptions } from "./s3";
export { isValidStorageKey, assertStorageKey } from "./keys";

let storage: FileStorage | undefined;

/** The folder of the folder driver from the environment: STORAGE_DIR, else <DATA_DIR>/files. */
export function storageFolder(): string {
  const env = getEnv();
  return path.resolve(env.STORAGE_DIR ?? path.join(env.DATA_DIR, "files"));
}

export function getStorage(): FileStorage {
  if (storage) return storage;
  const env = getEnv();
  if (env.STORAGE_DRIVER === "s3") {
    if (!env.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET (docs/storage.md)");
    storage = new S3Storage({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "1" || env.S3_FORCE_PATH_STYLE === "true",
    });
  } else {
    storage = new FolderStorage(storageFolder());
  }
  return storage;
}
