/** Anything a suite opens in `beforeAll` and must close: a browser, a browser context, a server. */
interface Closable {
  close(): Promise<unknown>;
}

/**
 * Closes what a suite opened, in the order given. When `beforeAll` fails part-way, `afterAll`
 * still runs with some of them never assigned: those are skipped, so the report shows the real
 * failure instead of a TypeError from the teardown.
 */
export async function closeAll(...opened: (Closable | undefined)[]): Promise<void> {
  for (const item of opened) await item?.close();
}
