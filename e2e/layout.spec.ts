import { expect, test, type Page } from '@playwright/test';
import { openApp } from './fixtures/app.ts';

const box = async (page: Page, name: string) => {
  const b = await page.getByRole('region', { name, exact: true }).boundingBox();
  if (!b) throw new Error(`region ${name} is not rendered`);
  return b;
};
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('on a desktop the timeline, the map and the sources sit side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, '#event=ev-arms');
  const [timeline, map, sources] = [
    await box(page, 'Timeline'),
    await box(page, 'Map'),
    await box(page, 'Sources'),
  ];
  expect(timeline.x + timeline.width).toBeLessThanOrEqual(map.x);
  expect(map.x + map.width).toBeLessThanOrEqual(sources.x);
  expect(Math.abs(timeline.y - map.y)).toBeLessThan(5);
  expect(Math.abs(map.y - sources.y)).toBeLessThan(5);
  expect(await horizontalOverflow(page)).toBe(0);
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the views are stacked and nothing scrolls sideways', async ({ page }) => {
    await openApp(page, '#event=ev-arrests');
    const [timeline, map, sources] = [
      await box(page, 'Timeline'),
      await box(page, 'Map'),
      await box(page, 'Sources'),
    ];
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(map.y);
    expect(map.y + map.height).toBeLessThanOrEqual(sources.y);
    for (const b of [timeline, map, sources]) expect(b.x + b.width).toBeLessThanOrEqual(375);
    expect(await horizontalOverflow(page)).toBe(0);
  });

  test('the list view and a long conflict table do not scroll the page sideways', async ({ page }) => {
    await openApp(page, '#event=ev-massimov&view=list');
    await expect(page.getByRole('region', { name: 'List' }).getByRole('table')).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

test('the list view shows the filtered events as a table with date, title, places and sources', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  const table = page
    .getByRole('region', { name: 'List' })
    .getByRole('table', { name: 'Events in time order' });
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Event', 'Places', 'Sources']);
  await expect(table.getByRole('row')).toHaveCount(9);
  const row = table.getByRole('row', { name: /Russian troops arrive in Kazakhstan/ });
  await expect(row.getByRole('cell')).toHaveText(['6 Jan 2022', 'Kazakhstan', '2']);
  // A date known only as "before publication" says so rather than showing a made-up day.
  await expect(table.getByRole('row', { name: /Germany halts arms exports/ }).getByRole('cell')).toHaveText([
    'before 8 Jan 2022',
    'Berlin',
    '3',
  ]);
  await row.getByRole('button', { name: 'Russian troops arrive in Kazakhstan' }).click();
  await expect(page.getByRole('region', { name: 'Sources', exact: true }).locator('mark')).toHaveCount(2);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('printing shows the list of events and hides the timeline and the map', async ({ page }) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: 'Events in time order' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Map' })).toBeHidden();
});
