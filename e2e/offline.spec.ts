import { expect, test } from '@playwright/test';
import { openApp, timelineEvent } from './fixtures/app.ts';

test('no request leaves localhost while the chronology is used', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await openApp(page);
  await timelineEvent(page, 'ev-embassy').click();
  await page.getByRole('button', { name: 'Almaty', exact: true }).click();
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('nl');
  await expect(page.getByRole('region', { name: 'Bronnen', exact: true }).locator('mark')).toHaveCount(1);
  expect(outside).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains itself and lists the events built into it', async ({ page, request }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Crisis chronology' })).toBeVisible();
    await expect(page.getByRole('paragraph').first()).toHaveText(/The timeline and the map need JavaScript/);
    // The table is put in at build time from public/events.json; a build without that file has only the message.
    const built = await request.get('./events.json');
    const table = page.getByRole('table', { name: 'Events in time order' });
    if (built.ok() && (built.headers()['content-type'] ?? '').includes('json')) {
      const data = (await built.json()) as { events: { title: string }[] };
      await expect(table.getByRole('rowheader')).toHaveCount(data.events.length);
    } else {
      await expect(table).toHaveCount(0);
    }
  });
});
