// The S3 driver: each key is an object in one bucket of an S3-compatible store. An object only
// appears once its upload completed (S3 semantics), so a key never holds half a file. Streams are
// sent as multipart uploads (@aws-sdk/lib-storage); size and SHA-256 are measured on the way.
// Checksums of the SDK's own ("flexible checksums") are sent only when an operation requires one:
// S3-compatible servers differ in what they accept, and our SHA-256 is the integrity check.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "../errors";
import { MeasuringStream, measureBuffer } from "./hashing";
import { assertRange, assertStorageKey } from "./keys";
import type { FileStorage } from "./types";

export type S3StorageOptions = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Multipart part size in bytes (min 5 MiB). */
  partSize?: number;
};

function status(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === "NoSuchKey" || name === "NotFound" || status(error) === 404;
}

export function createS3Client(options: S3StorageOptions): S3Client {
  const config: S3ClientConfig = {
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  if (options.accessKeyId && options.secretAccessKey) {
    config.credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey };
  }
  return new S3Client(config);
}

export class S3Storage implements FileStorage {
  readonly driver = "s3" as const;
  readonly bucket: string;
  readonly client: S3Client;
  private readonly partSize: number;

  constructor(options: S3StorageOptions, client = createS3Client(options)) {
    this.bucket = options.bucket;
    this.client = client;
    this.partSize = Math.max(options.partSize ?? 8 * 1024 * 1024, 5 * 1024 * 1024);
  }

  async put(key: string, body: NodeJS.ReadableStream | Buffer, meta: { contentType: string }) {
    assertStorageKey(key);
    if (Buffer.isBuffer(body)) {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentLength: body.length, ContentType: meta.contentType }));
      return measureBuffer(body);
    }
    const measure = new MeasuringStream();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: measure, ContentType: meta.contentType },
      partSize: this.partSize,
      queueSize: 2,
      leavePartsOnError: false,
    });
    const feeding = pipeline(body as Readable, measure);
    const sending = upload.done();
    // Whichever fails first ends the other; both outcomes are awaited so none goes unhandled.
    feeding.catch((error: unknown) => {
      void upload.abort().catch(() => undefined);
      measure.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    sending.catch((error: unknown) => measure.destroy(error instanceof Error ? error : new Error(String(error))));
    const [fed, sent] = await Promise.allSettled([feeding, sending]);
    if (fed.status === "rejected") throw fed.reason;
    if (sent.status === "rejected") throw sent.reason;
    return { size: measure.byteCount, sha256: measure.digest() };
  }

  async get(key: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream> {
    assertStorageKey(key);
    assertRange(range);
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      if (!out.Body) throw new AppError("NOT_FOUND");
      return out.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw new AppError("NOT_FOUND");
      if (status(error) === 416 || (error as { name?: string }).name === "InvalidRange") {
        throw new AppError("VALIDATION", { message: "请求的字节范围超出文件大小" });
      }
      throw error;
    }
  }

  async stat(key: string): Promise<{ size: number } | null> {
    assertStorageKey(key);
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: out.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
