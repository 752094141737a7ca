/** The all-in-one host's files route (`apps/platform`), used when no provider names the intake service's URL. */
export const DEFAULT_FILES_URL = '/api/intake/files';

/**
 * Where intake's plain-HTTP file route lives, from the intake service's tRPC URL in `config.json`: the trailing `/trpc`
 * becomes `/files` (`/api/intake/trpc` → `/api/intake/files`, `https://intake.example.vn/trpc` →
 * `https://intake.example.vn/files`). A URL that does not end in `/trpc` gets `/files` appended, which is where the
 * intake server mounts the route beside its tRPC endpoint.
 */
export function filesUrlOf(intakeServiceUrl: string): string {
  const base = intakeServiceUrl.replace(/\/+$/, '');
  return base.endsWith('/trpc') ? `${base.slice(0, -'/trpc'.length)}/files` : `${base}/files`;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The download address of a stored file; only a lowercase SHA-256 is accepted, so nothing else reaches the path. */
export function fileDownloadUrl(filesUrl: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return `${filesUrl.replace(/\/+$/, '')}/${sha256}`;
}
