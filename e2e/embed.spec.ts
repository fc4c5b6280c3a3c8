import { expect, test, type Page } from '@playwright/test';

// An article page on the same server as the built app, as a newsroom CMS would serve it.
const lorem =
  '<p>Protests over fuel prices spread across the country in the first week of January. ' +
  'Officials declared a state of emergency and cut the internet in several regions.</p>';

function article(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>
<link rel="stylesheet" href="./article.css"></head>
<body><main class="column"><h1>What happened in Kazakhstan</h1>${body}</main></body></html>`;
}

const articleCss = `body { margin: 0; font: 18px/1.6 Georgia, serif; }
.column { max-width: 700px; margin: 0 auto; padding: 0 16px; }
.spacer { height: 3000px; }`;

// Requests still in flight when a test ends (a lazy map, a late basemap) must not fail the next test.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

async function serveArticle(page: Page, body: string): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/events.json', (route) => route.fulfill({ path: 'e2e/fixtures/events.json' }));
  await page.route('**/article.css', (route) => route.fulfill({ contentType: 'text/css', body: articleCss }));
  await page.route('**/article.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: article(body) }),
  );
  return requests;
}

const iframe = (src: string, height = 150) =>
  `<iframe src="${src}" title="Chronology of the unrest" width="100%" height="${height}" ` +
  `style="border:0;width:100%" data-crisis-chronology></iframe><script src="./embed.js" async></script>`;

/** The iframe's height and the height of the page inside it, once the loader has resized it. */
async function heights(page: Page) {
  // clientHeight: the iframe's inner height, without the border a page may give it.
  const frameHeight = await page.locator('iframe').evaluate((el) => el.clientHeight);
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  const contentHeight = await frame!.evaluate(() => document.body.getBoundingClientRect().height);
  return { frameHeight, contentHeight };
}

for (const width of [375, 1280]) {
  test(`the loader sizes the iframe to its content in a ${width} px wide article`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const requests = await serveArticle(page, lorem + iframe('./index.html?embed=1') + lorem);
    await page.goto('article.html');
    const frame = page.frameLocator('iframe[title="Chronology of the unrest"]');
    await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(page.locator('iframe')).toHaveAttribute('data-resized', /\d+/);
    await expect
      .poll(async () => {
        const { frameHeight, contentHeight } = await heights(page);
        return Math.abs(frameHeight - contentHeight) <= 1 && frameHeight > 300;
      })
      .toBe(true);
    // The article column never scrolls sideways because of the embed.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
  });
}

test('the iframe follows its content when the reader opens an event', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await serveArticle(page, iframe('./index.html?embed=1'));
  await page.goto('article.html');
  const frame = page.frameLocator('iframe');
  await expect(page.locator('iframe')).toHaveAttribute('data-resized', /\d+/);
  const before = await page.locator('iframe').getAttribute('data-resized');
  await frame.getByRole('region', { name: 'Timeline' }).locator('[data-event-id]').first().click();
  await expect(frame.getByRole('region', { name: 'Sources' }).locator('mark').first()).toBeVisible();
  await expect(page.locator('iframe')).not.toHaveAttribute('data-resized', before ?? '');
  await expect
    .poll(async () => {
      const { frameHeight, contentHeight } = await heights(page);
      return Math.abs(frameHeight - contentHeight) <= 1;
    })
    .toBe(true);
});

test('the app speaks pym.js: it sends height messages with the child id pym.Parent gives it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { pymMessages: string[] }).pymMessages = seen;
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string') seen.push(event.data);
    });
  });
  // No loader on this page: as on a CMS page where pym.Parent listens instead.
  await serveArticle(
    page,
    `<iframe src="./index.html?embed=1&initialWidth=640&childId=graphic-7" title="Chronology" width="100%"></iframe>`,
  );
  await page.goto('article.html');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { pymMessages: string[] }).pymMessages))
    .toContainEqual(expect.stringMatching(/^pymxPYMxgraphic-7xPYMxheightxPYMx\d+$/));
});

test('the loader also sizes a pym.js child that is not ours', async ({ page }) => {
  await page.route(
    (url) => url.pathname.endsWith('/pym-child.html'),
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body><script src="./pym-child.js"></script></body>`,
      }),
  );
  await page.route('**/pym-child.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      // Like pym.Child: sends its height once it loads, and again when the parent sends its width.
      body: `const send = () => parent.postMessage('pymxPYMxexamplexPYMxheightxPYMx432', '*');
        addEventListener('message', (e) => String(e.data).startsWith('pymxPYMxexamplexPYMxwidthxPYMx') && send());
        send();`,
    }),
  );
  await serveArticle(page, iframe('./pym-child.html?childId=example', 100));
  await page.goto('article.html');
  await expect(page.locator('iframe')).toHaveAttribute('data-resized', '432');
  expect(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)).toBe(432);
});

test('the custom element renders the chronology without an iframe, map loaded only near the viewport', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const requests = await serveArticle(
    page,
    lorem +
      '<div class="spacer"></div>' +
      '<script type="module" src="./element.js"></script>' +
      '<crisis-chronology src="./events.json"></crisis-chronology>' +
      lorem,
  );
  await page.goto('article.html');
  const element = page.locator('crisis-chronology');
  // Playwright's role queries pierce the element's open shadow root.
  await expect(element.getByRole('region', { name: 'Timeline' })).toBeAttached();
  await expect(element.locator('[data-event-id]').first()).toBeAttached();
  expect(await page.locator('iframe').count()).toBe(0);
  expect(await element.evaluate((el) => el.shadowRoot !== null)).toBe(true);
  // The build wrote the app's stylesheets into element.js; they are linked inside the shadow root.
  expect(
    await element.evaluate((el) => el.shadowRoot?.querySelectorAll('link[rel="stylesheet"]').length),
  ).toBeGreaterThan(0);
  await expect(element.locator('[data-lazy="waiting"]')).toBeAttached();
  expect(requests.some((url) => /leaflet/.test(url))).toBe(false);

  await element.getByRole('region', { name: 'Map' }).scrollIntoViewIfNeeded();
  await expect(element.locator('.leaflet-container')).toBeVisible();
  await element.locator('[data-event-id]').first().scrollIntoViewIfNeeded();
  await element.locator('[data-event-id]').first().click();
  await expect(element.getByRole('region', { name: 'Sources' }).locator('mark').first()).toBeVisible();
  // The host page's styles and the element's do not mix.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Georgia');
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
});

test('the custom element on a page in another folder still draws its offline basemap', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const requests = await serveArticle(
    page,
    '<script type="module" src="../../element.js"></script>' +
      '<crisis-chronology src="../../events.json"></crisis-chronology>',
  );
  await page.goto('news/2022/article.html');
  const element = page.locator('crisis-chronology');
  await element.getByRole('region', { name: 'Map' }).scrollIntoViewIfNeeded();
  await expect(element.locator('.leaflet-container path').first()).toBeAttached();
  await expect(element.getByText(/background map could not be loaded/i)).toHaveCount(0);
  expect(requests.some((url) => url.endsWith('/basemap.json') && !url.includes('/news/'))).toBe(true);
});

test('an embed far down the article loads its map only when the reader scrolls to it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const requests = await serveArticle(
    page,
    lorem + '<div class="spacer"></div>' + iframe('./index.html?embed=1'),
  );
  await page.goto('article.html');
  const frame = page.frameLocator('iframe');
  await expect(
    frame.getByRole('region', { name: 'Timeline' }).locator('[data-event-id]').first(),
  ).toBeAttached();
  await expect(frame.locator('[data-lazy="waiting"]')).toBeAttached();
  expect(requests.some((url) => /leaflet/.test(url))).toBe(false);

  await page.locator('iframe').scrollIntoViewIfNeeded();
  await frame.getByRole('region', { name: 'Map' }).scrollIntoViewIfNeeded();
  await expect(frame.locator('.leaflet-container')).toBeVisible();
  expect(requests.some((url) => /leaflet/.test(url))).toBe(true);
});

test('the built app and its loader work from a sub-path of a plain file server', async ({ page }) => {
  // /news/2022/chronology/… is served by the same static files as /: nothing in dist/ assumes the root.
  await page.route('**/news/2022/chronology/**', async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.replace('/news/2022/chronology/', '/');
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  const requests = await serveArticle(
    page,
    lorem +
      '<iframe src="./chronology/?embed=1" title="Chronology" width="100%" height="150"></iframe>' +
      '<script src="./chronology/embed.js" async></script>',
  );
  await page.goto('news/2022/article.html');
  await expect(page.frameLocator('iframe').getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('iframe')).toHaveAttribute('data-resized', /\d+/);
  const paths = requests.filter((url) => !/^(data|blob):/.test(url)).map((url) => new URL(url).pathname);
  expect(paths.filter((path) => !path.startsWith('/news/2022/'))).toEqual([]);
});

test('a loader that arrives after the iframe has loaded still sizes it', async ({ page }) => {
  await serveArticle(
    page,
    '<iframe src="./index.html?embed=1" title="Chronology" width="100%" height="150"></iframe>',
  );
  await page.goto('article.html');
  const frame = page.frameLocator('iframe');
  await expect(
    frame.getByRole('region', { name: 'Timeline' }).locator('[data-event-id]').first(),
  ).toBeVisible();
  // The app has reported its height to nobody; the loader asks for it again when it starts.
  await page.addScriptTag({ url: './embed.js' });
  await expect(page.locator('iframe')).toHaveAttribute('data-resized', /\d+/);
  await expect
    .poll(async () => {
      const { frameHeight, contentHeight } = await heights(page);
      return Math.abs(frameHeight - contentHeight) <= 1;
    })
    .toBe(true);
});
