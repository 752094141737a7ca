import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalFileStore } from './local-file-store.js';
import { fileStoreContract, pdf, sha } from './test-support/file-store-contract.js';

/** Every file under `folder`, as paths relative to it (folders left empty are not listed), sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe('createLocalFileStore', () => {
  // The FileStore contract, with files at <root>/<aa>/<bb>/<sha256> and temporary files under <root>/.tmp.
  fileStoreContract(async () => {
    const root = await mkdtemp(join(tmpdir(), 'lienthong-storage-'));
    return {
      create: (limits = {}) => createLocalFileStore({ root, ...limits }),
      leftovers: () => filesUnder(root),
      locationOf: (hash) => join(hash.slice(0, 2), hash.slice(2, 4), hash),
      corrupt: (hash, bytes) => writeFile(createLocalFileStore({ root }).pathOf(hash), bytes),
      dispose: () => rm(root, { recursive: true, force: true }),
    };
  });

  it('says where it keeps a file: <root>/<aa>/<bb>/<sha256>', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lienthong-storage-'));
    try {
      const store = createLocalFileStore({ root });
      const hash = sha(pdf);
      await store.put(pdf, { contentType: 'application/pdf' });
      expect(store.pathOf(hash)).toBe(join(root, hash.slice(0, 2), hash.slice(2, 4), hash));
      expect(await filesUnder(root)).toEqual([relative(root, store.pathOf(hash))]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
