import { describe, expect, it } from 'vitest';
import { addPages } from './pagefind';

/** A stand-in for Pagefind's service: answers out of order, records what arrived in which order. */
function fakeIndex(failing: string[] = []) {
  const received: string[] = [];
  let answered = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    received,
    maxInFlight: () => maxInFlight,
    answered: () => answered,
    async addHTMLFile(file: { url?: string; content: string }) {
      received.push(file.url!);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, file.url!.length % 3));
      inFlight--;
      answered++;
      return { errors: failing.includes(file.url!) ? [`cannot parse ${file.url}`] : [] };
    },
  };
}

const pages = Array.from({ length: 50 }, (_, i) => ({ url: `/p/${i}/`, content: `<html lang="zh-CN"><body>${i}</body></html>` }));

describe('addPages', () => {
  it('sends every page once, in page order, several at a time', async () => {
    const index = fakeIndex();
    await addPages(index as never, pages, 8);
    expect(index.received).toEqual(pages.map((p) => p.url));
    expect(index.maxInFlight()).toBe(8);
  });

  it('fails naming every page Pagefind refused, after trying them all', async () => {
    const index = fakeIndex(['/p/3/', '/p/40/']);
    await expect(addPages(index as never, pages, 8)).rejects.toThrow(/\/p\/3\/: cannot parse \/p\/3\/\n\/p\/40\/: cannot parse/);
    expect(index.received).toHaveLength(pages.length);
  });

  it('takes pages from the source only as fast as Pagefind answers, so they are never all held at once', async () => {
    const index = fakeIndex();
    let taken = 0;
    let mostAhead = 0;
    function* source() {
      for (const page of pages) {
        taken++;
        mostAhead = Math.max(mostAhead, taken - index.answered());
        yield page;
      }
    }
    expect(await addPages(index as never, source(), 8)).toBe(pages.length);
    expect(index.received).toEqual(pages.map((p) => p.url));
    expect(mostAhead).toBeLessThanOrEqual(8);
  });
});
