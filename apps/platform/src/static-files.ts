import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves a built single-page app from `root`: files by path (never outside `root`), hashed assets cached for a
 * year, and `index.html` for any other GET so that client-side routes survive a reload.
 */
export function createStaticFiles(root: string) {
  const resolvedRoot = normalize(root) + sep;
  async function send(res: ServerResponse, file: string, method: string, immutable: boolean): Promise<boolean> {
    try {
      const info = await stat(file);
      if (!info.isFile()) return false;
      res.statusCode = 200;
      res.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('content-length', info.size);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
      if (method === 'HEAD') {
        res.end();
        return true;
      }
      await new Promise<void>((resolve, reject) => {
        createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
      });
      return true;
    } catch {
      return false;
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, HEAD');
      res.end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    const file = normalize(join(resolvedRoot, pathname));
    const inside = file.startsWith(resolvedRoot);
    if (inside && pathname !== '/' && (await send(res, file, method, pathname.startsWith('/assets/')))) return;
    if (await send(res, join(resolvedRoot, 'index.html'), method, false)) return;
    res.statusCode = 503;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(
      'Cổng thông tin chưa được build: chạy `npx nx run @lienthong/portal-web:build`.\nThe portal is not built yet.\n',
    );
  };
}
