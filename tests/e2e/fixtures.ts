/**
 * The Playwright `test` every browser test uses: it records Content-Security-Policy
 * violations and script errors on every page a test opens, and fails the test if any occur.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [async ({ page }, use) => {
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error' && /CSP violation|Content Security Policy|Refused to/.test(text)) problems.push(text);
    });
    page.on('pageerror', (err) => problems.push(`Script error: ${err.message}`));
    await use(problems);
    expect(problems, 'CSP violations or script errors on the page').toEqual([]);
  }, { auto: true }],
});

export { expect };
