import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { startServer, type StaticServer } from '../support/server';

/** Sends the path exactly as written: `new URL()` and fetch() would normalise `..` away. */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('unknown paths', () => {
  let server: StaticServer;
  const notFoundPage = readFileSync(join(DIST, '404.html'), 'utf8');

  beforeAll(async () => {
    server = await startServer(DIST);
  });
  afterAll(() => server.close());

  it('serves a real page with 200 as a sanity check', async () => {
    const { status, body } = await rawGet(server.origin, '/faq/');
    expect(status).toBe(200);
    expect(body).toBe(readFileSync(join(DIST, 'faq/index.html'), 'utf8'));
  });

  it.each([
    '/nope/',
    '/faq/nope/',
    '/%00',
    '/../etc/passwd',
    '/faq/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%E0%A4%A',
  ])('%s gets the site 404 page with status 404', async (path) => {
    const { status, body } = await rawGet(server.origin, path);
    expect(status).toBe(404);
    expect(body).toBe(notFoundPage);
  });

  it('the 404 page says what happened and links home and to search', () => {
    expect(notFoundPage).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(notFoundPage).toContain('href="/"');
    expect(notFoundPage).toContain('/search/');
  });
});
