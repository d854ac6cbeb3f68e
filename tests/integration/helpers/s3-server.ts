// A local S3-compatible server (s3rver) started by the tests themselves on a free port, with its
// data in a temporary folder, and an S3Storage pointed at it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { S3Storage, type S3StorageOptions } from "@/server/storage";

export type LocalS3 = { options: S3StorageOptions; storage: S3Storage; dir: string; stop(): Promise<void> };

export async function startLocalS3(bucket = "skills-files"): Promise<LocalS3> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, directory: dir, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const options: S3StorageOptions = {
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    // s3rver's built-in account
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
    partSize: 5 * 1024 * 1024,
  };
  const storage = new S3Storage(options);
  return {
    options,
    storage,
    dir,
    async stop() {
      storage.client.destroy();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
