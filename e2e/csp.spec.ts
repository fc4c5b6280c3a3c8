import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** The header the README documents for serving dist/. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  frame: string;
}

/** Records every CSP violation and CSP console error, in the page and in its iframes. */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  const consoleErrors: Violation[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      consoleErrors.push({
        directive: 'console',
        blocked: '',
        sample: message.text(),
        frame: message.location().url,
      });
    }
  });
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { cspViolations: unknown[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        frame: location.href,
      }),
    );
  });
  return async () => {
    const fromFrames = await Promise.all(
      page
        .frames()
        .map((frame) =>
          frame
            .evaluate(() => (window as unknown as { cspViolations?: Violation[] }).cspViolations ?? [])
            .catch(() => [] as Violation[]),
        ),
    );
    return [...fromFrames.flat(), ...consoleErrors];
  };
}

/** Serves the built app's HTML documents with the strict CSP header, the rest as built. */
async function serveWithCsp(page: Page): Promise<void> {
  await page.route('**/events.json', (route) => route.fulfill({ path: 'e2e/fixtures/events.json' }));
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    },
  );
}

// Requests still in flight when a test ends (a lazy map, a late basemap) must not fail the next test.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the built index.html has no inline script, inline style or event handler attribute', () => {
  const html = readFileSync(join(process.env.E2E_DIST ?? 'dist', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? '');
  expect(scripts.length).toBeGreaterThan(0);
  for (const attributes of scripts) expect(attributes).toMatch(/\bsrc=/);
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

test('the app runs under the strict CSP without a single violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await serveWithCsp(page);
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.locator('[data-event-id]').first()).toBeVisible();
  await timeline.locator('[data-event-id]').first().click();
  await expect(page.getByRole('region', { name: 'Sources' }).locator('mark').first()).toBeVisible();
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await page.getByRole('button', { name: 'Almaty', exact: true }).click();
  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  await page.locator('.leaflet-control-zoom-in').click();
  expect(await violations()).toEqual([]);
});

test('the embedded app and its loader run under the strict CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await serveWithCsp(page);
  await page.route('**/article.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': CSP.replace('; frame-ancestors *', '') },
      body:
        '<!doctype html><title>Article</title><p>Text.</p>' +
        '<iframe src="./index.html?embed=1" title="Chronology" width="100%" height="150"></iframe>' +
        '<script src="./embed.js" async></script>',
    }),
  );
  await page.goto('article.html');
  await expect(page.frameLocator('iframe').getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('iframe')).toHaveAttribute('data-resized', /\d+/);
  expect(await violations()).toEqual([]);
});

test('the custom element runs under the strict CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await serveWithCsp(page);
  await page.route('**/element-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': CSP },
      body:
        '<!doctype html><title>Article</title><p>Text.</p>' +
        '<script type="module" src="./element.js"></script>' +
        '<crisis-chronology src="./events.json"></crisis-chronology>',
    }),
  );
  await page.goto('element-page.html');
  const element = page.locator('crisis-chronology');
  await expect(element.locator('[data-event-id]').first()).toBeVisible();
  await element.locator('[data-event-id]').first().click();
  await expect(element.getByRole('region', { name: 'Sources' }).locator('mark').first()).toBeVisible();
  await expect(element.locator('.leaflet-container')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the violation watcher itself catches an inline style attribute (control)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.route('**/inline-style.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': CSP },
      body: '<!doctype html><title>Control</title><p style="color: red">Styled inline.</p>',
    }),
  );
  await page.goto('inline-style.html');
  await expect.poll(async () => (await violations()).map((v) => v.directive)).toContain('style-src-attr');
});
