import { expect, test, type Page } from '@playwright/test';
import { openApp, timeline } from './fixtures/app.ts';

const summary = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events/ });
const shownIds = (page: Page) =>
  timeline(page)
    .locator('[role="button"][data-event-id]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')).sort());
const listTitles = (page: Page) => page.getByRole('region', { name: 'List' }).getByRole('rowheader');

test('the actor filter narrows the timeline and the list', async ({ page }) => {
  await openApp(page);
  await expect(summary(page)).toHaveText('8 of 8 events from 4 articles');
  await page.getByLabel('Actor').selectOption({ label: 'Kassym-Jomart Tokayev (1)' });
  await expect(summary(page)).toHaveText('1 of 8 events from 4 articles');
  await expect.poll(() => shownIds(page)).toEqual(['ev-shoot-order']);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(listTitles(page)).toHaveText(['Tokayev orders troops to fire without warning']);
});

test.describe('each filter keeps the events it names', () => {
  for (const [label, option, expected] of [
    ['Place', 'Berlin (1)', ['ev-arms']],
    ['Source document', 'Duitsland stopt wapenexport naar Kazachstan (2)', ['ev-arms', 'ev-troops']],
    ['Language', 'Dutch (2)', ['ev-arms', 'ev-troops']],
  ] as const) {
    test(`${label}: ${option}`, async ({ page }) => {
      await openApp(page);
      await page.getByLabel(label, { exact: true }).selectOption({ label: option });
      await expect.poll(() => shownIds(page)).toEqual(expected);
    });
  }
});

test('search matches titles and cited sentences, and clearing restores everything', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('searchbox', { name: 'Search titles and sentences' });
  await search.fill('reportedly');
  await expect.poll(() => shownIds(page)).toEqual(['ev-arrests']);
  await search.fill('ARMS EXPORTS');
  await expect.poll(() => shownIds(page)).toEqual(['ev-arms']);
  await search.fill('no such words anywhere');
  await expect(summary(page)).toHaveText('0 of 8 events from 4 articles');
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('region', { name: 'List' })).toContainText('No events match the filters.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(summary(page)).toHaveText('8 of 8 events from 4 articles');
  await expect(search).toHaveValue('');
});

test('previous and next stay within the filtered events', async ({ page }) => {
  await openApp(page, '#event=ev-troops&languages=nl');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Germany halts arms exports to Kazakhstan' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
});

test('a link with several values for one filter keeps them all and says how many', async ({ page }) => {
  await openApp(page, '#places=berlin,washington');
  await expect(page.getByLabel('Place', { exact: true }).locator('option:checked')).toHaveText('2 selected');
  await expect.poll(() => shownIds(page)).toEqual(['ev-arms', 'ev-embassy']);
  await page.getByLabel('Place', { exact: true }).selectOption({ label: 'Almaty (3)' });
  await expect.poll(() => shownIds(page)).toEqual(['ev-arrests', 'ev-embassy', 'ev-protests']);
});
