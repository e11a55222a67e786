import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { DIST } from './build';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Maps a URL path to a file under root, or undefined when it is outside root or missing. */
export function resolveFile(root: string, urlPath: string, base = '/'): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent((urlPath.split('?')[0] ?? '').split('#')[0] ?? '');
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  if (!path.startsWith(base)) return undefined;
  path = `/${path.slice(base.length)}`;
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return path.endsWith('/') && existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

/**
 * Serves a build on a free loopback port, like a static host: unknown paths get the site's
 * 404 page with status 404. `base` is the deploy base path (`/kb/`).
 */
export async function startServer(root: string = DIST, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/', base);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) =>
        server.close(() => {
          ok();
        }),
      ),
  };
}
