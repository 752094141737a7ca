import { describe, expect, it } from 'vitest';
import { DEFAULT_FILES_URL, fileDownloadUrl, filesUrlOf } from './files-url.js';

describe('filesUrlOf', () => {
  it('puts the file route beside the tRPC endpoint of the intake service', () => {
    expect(filesUrlOf('/api/intake/trpc')).toBe('/api/intake/files');
    expect(filesUrlOf('https://intake.example.vn/trpc')).toBe('https://intake.example.vn/files');
    expect(filesUrlOf('http://localhost:3001/trpc/')).toBe('http://localhost:3001/files');
  });

  it('appends /files to a base URL that does not end in /trpc', () => {
    expect(filesUrlOf('https://intake.example.vn')).toBe('https://intake.example.vn/files');
    expect(filesUrlOf('/api/intake/')).toBe('/api/intake/files');
  });

  it('only replaces a whole trailing /trpc segment', () => {
    expect(filesUrlOf('/api/mytrpc')).toBe('/api/mytrpc/files');
    expect(filesUrlOf('/trpc/api/intake/trpc')).toBe('/trpc/api/intake/files');
  });

  it('gives the all-in-one host’s path for its own intake URL', () => {
    expect(filesUrlOf('/api/intake/trpc')).toBe(DEFAULT_FILES_URL);
  });
});

describe('fileDownloadUrl', () => {
  const sha = 'a'.repeat(64);

  it('addresses a file by its SHA-256 under the route', () => {
    expect(fileDownloadUrl('/api/intake/files', sha)).toBe(`/api/intake/files/${sha}`);
    expect(fileDownloadUrl('/api/intake/files/', sha)).toBe(`/api/intake/files/${sha}`);
  });

  it('refuses anything but a lowercase SHA-256, so no other path can be reached', () => {
    expect(() => fileDownloadUrl('/f', '../trpc')).toThrow('not a SHA-256');
    expect(() => fileDownloadUrl('/f', 'A'.repeat(64))).toThrow('not a SHA-256');
  });
});
