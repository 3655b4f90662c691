import fs from 'node:fs';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client, NoSuchKey, HeadBucketCommand, CreateBucketCommand } from '@aws-sdk/client-s3';

export interface StoredImage {
  body: Buffer;
  contentType: string;
}

/**
 * Where uploaded images live: one interface, local disk by default, S3-compatible object storage
 * in production. Keys are content hashes, so a key never changes its bytes.
 */
export interface ImageStore {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredImage | null>;
}

export class LocalDiskStore implements ImageStore {
  constructor(private readonly dir: string) {}

  private file(key: string) {
    // Keys are hex digests with an extension (checked by the caller); two levels keep directories small.
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const file = this.file(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    await fs.promises.writeFile(partial, body);
    await fs.promises.rename(partial, file);
    void contentType; // derived from the key's extension when read
  }

  async get(key: string): Promise<StoredImage | null> {
    try {
      return { body: await fs.promises.readFile(this.file(key)), contentType: contentTypeOf(key) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

export interface S3Options {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style addressing (bucket in the path), as MinIO and most self-hosted servers want. */
  forcePathStyle?: boolean;
}

export class S3Store implements ImageStore {
  private readonly client: S3Client;
  private ready: Promise<void> | null = null;

  constructor(private readonly options: S3Options) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
      credentials: options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
    });
  }

  /** Creates the bucket if it is missing (first start against a fresh server). */
  private ensureBucket(): Promise<void> {
    this.ready ??= this.client
      .send(new HeadBucketCommand({ Bucket: this.options.bucket }))
      .then(() => undefined)
      .catch(async () => void (await this.client.send(new CreateBucketCommand({ Bucket: this.options.bucket }))))
      .catch((error) => {
        this.ready = null;
        throw error;
      });
    return this.ready;
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.ensureBucket();
    await this.client.send(
      new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType, CacheControl: 'public, max-age=31536000, immutable' }),
    );
  }

  async get(key: string): Promise<StoredImage | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return { body: Buffer.from(await object.Body!.transformToByteArray()), contentType: contentTypeOf(key) };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  close(): void {
    this.client.destroy();
  }
}

const types: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif' };
/** The type is ours, from the key we gave the file: never what an uploader claimed. */
export const contentTypeOf = (key: string) => types[key.split('.').pop() ?? ''] ?? 'application/octet-stream';
