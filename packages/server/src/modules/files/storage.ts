import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded bytes live: outside the database, addressed by a server-made key. Keys are
 * never derived from user input (see `newStorageKey`), and every implementation refuses a key
 * that does not have that shape, so a path traversal cannot be expressed at all.
 */
export interface FileStorage {
  /** Stores the bytes under a new key; refuses to overwrite an existing object. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes; throws when the object does not exist. */
  get(key: string): Promise<Buffer>;
  /** Removes the object; a missing object is not an error. */
  delete(key: string): Promise<void>;
}

/** `ab/<32 hex>`: 128 random bits, fanned out over 256 folders. */
const KEY_SHAPE = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

export function newStorageKey(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 2)}/${hex}`;
}

export function assertStorageKey(key: string): void {
  if (typeof key !== 'string' || !KEY_SHAPE.test(key)) throw new Error('invalid storage key');
}

/**
 * Local-filesystem storage under one root folder (FILE_STORAGE_DIR, default `<DATA_DIR>/files`).
 * Folders are created 0700 and files 0600; a file is written to a temporary name, flushed to
 * disk and then renamed, so a crash never leaves a half-written object under a real key.
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const p = path.resolve(this.root, ...key.split('/'));
    // Redundant with the key shape; kept as a second lock on the door.
    if (!p.startsWith(this.root + path.sep)) throw new Error('invalid storage key');
    return p;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const exists = await fs.stat(target).then(
      () => true,
      () => false,
    );
    if (exists) throw new Error('storage object already exists');
    const tmp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
    const fh = await fs.open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } catch (e) {
      // A failed write (disk full …) leaves no partial file behind.
      await fh.close().catch(() => undefined);
      await fs.rm(tmp, { force: true });
      throw e;
    }
    await fh.close();
    try {
      await fs.rename(tmp, target);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

const localByRoot = new Map<string, LocalFileStorage>();

/** One LocalFileStorage per root folder (the storage is stateless; this only saves allocations). */
export function localFileStorage(root: string): LocalFileStorage {
  const key = path.resolve(root);
  let s = localByRoot.get(key);
  if (!s) {
    s = new LocalFileStorage(key);
    localByRoot.set(key, s);
  }
  return s;
}
