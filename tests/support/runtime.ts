import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

export interface RuntimeProblems {
  cspViolations: string[];
  consoleErrors: string[];
  failedRequests: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Loads a page and records what went wrong while it did: Content-Security-Policy violations
 * (the `securitypolicyviolation` event), console errors, uncaught exceptions, and requests that
 * failed or answered with an error status.
 */
export async function loadAndWatch(page: Page, url: string): Promise<RuntimeProblems> {
  const problems: RuntimeProblems = { cspViolations: [], consoleErrors: [], failedRequests: [] };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.consoleErrors.push(url ? `${message.text()} (${url})` : message.text());
  };
  const onPageError = (error: Error) => problems.consoleErrors.push(`uncaught: ${error.message}`);
  const onRequestFailed = (request: Request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'load' });
    problems.cspViolations.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  }
  return problems;
}

/** Installs the CSP violation listener in every document the page opens; call once per page. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}`);
    });
  });
}
