import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP, type BuildResult } from '../support/build';
import { builtPages, readPage } from '../support/dist';
import { findBrokenLinks } from '../support/links';
import { parseHtml } from '../support/seo';

/**
 * A site built for mainland hosting (SITE_ICP and SITE_PSB set), then built again with the same
 * cache: the second build must draw no image. The small fixture content has every kind of page
 * and image, and builds in a fraction of the real content's time.
 */
const WORK = join(TMP, 'filing-and-cache');
const FIXTURE = join(ROOT, 'tests/fixtures/minimal-content');
const CACHE = join(WORK, 'cache');
const ICP = '京ICP备12345678号-1';
const PSB = '京公网安备11010502030143号';
const ENV = { SITE_ICP: ICP, SITE_PSB: PSB, ASTRO_CACHE_DIR: CACHE, CONTENT_DIR: FIXTURE };

let first: BuildResult;
let second: BuildResult;

/** Every PNG of a build, path → bytes. */
function images(dist: string): Map<string, Buffer> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
  return new Map(files.map((f) => [f, readFileSync(join(dist, f))]));
}

const imageCounts = (output: string) => {
  const [, used, drawn] = /Share images: (\d+) used, (\d+) drawn/.exec(output) ?? [];
  return { used: Number(used), drawn: Number(drawn) };
};

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  first = await buildSite({ ...ENV, OUT_DIR: join(WORK, 'first') });
  second = await buildSite({ ...ENV, OUT_DIR: join(WORK, 'second') });
});

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

describe('a build with SITE_ICP and SITE_PSB set', () => {
  it('builds, drawing every image into an empty cache', () => {
    expect(first.status, first.output.slice(-4000)).toBe(0);
    const { used, drawn } = imageCounts(first.output);
    expect(used).toBeGreaterThan(10);
    expect(drawn).toBe(used);
  });

  it('shows both filing numbers in every page’s footer, linked to the filing systems', () => {
    const pages = builtPages(first.outDir);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const links = parseHtml(readPage(page, first.outDir)).querySelectorAll('footer .filing a');
      expect(
        links.map((a) => [a.textContent, a.getAttribute('href')]),
        page,
      ).toEqual([
        [ICP, 'https://beian.miit.gov.cn/'],
        [PSB, 'https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143'],
      ]);
    }
  });

  it('passes the link check: the filing systems are allowed, with rel="noopener"', () => {
    expect(findBrokenLinks(first.outDir)).toEqual([]);
  });
});

describe('the same build again', () => {
  it('draws no image: every one comes from the cache', () => {
    expect(second.status, second.output.slice(-4000)).toBe(0);
    expect(second.output).toMatch(/Share images: \d+ used, 0 drawn/);
  });

  it('writes the same images, byte for byte', () => {
    const before = images(first.outDir);
    const after = images(second.outDir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of after) expect(bytes.equals(before.get(file)!), file).toBe(true);
  });
});

describe('a malformed filing number', () => {
  it.each([
    ['SITE_ICP', 'ICP备12345678'],
    ['SITE_PSB', '京公网安备123号'],
  ])('%s=%j stops the build before any page, naming the variable', async (name, value) => {
    const outDir = join(WORK, `bad-${name}`);
    const result = await buildSite({ [name]: value, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(WORK, `cache-${name}`), CONTENT_DIR: FIXTURE });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${name} "${value}"`);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

it('without SITE_ICP and SITE_PSB, pages have no filing line', () => {
  // The default build of the other site tests.
  expect(readPage('/')).not.toContain('class="filing"');
});
