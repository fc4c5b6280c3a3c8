import { expect, test, type Page } from '@playwright/test';
import { eventHeading, openApp, sources, timelineEvent } from './fixtures/app.ts';

const hashParams = async (page: Page) =>
  Object.fromEntries(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)));

test('a deep link restores the selected event, filters, language and view', async ({ page }) => {
  await openApp(page, '#event=ev-arms&places=berlin&lang=nl&view=list&map=almaty');
  await expect(page.getByRole('heading', { level: 1, name: 'Crisischronologie' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const panel = page.getByRole('region', { name: 'Bronnen', exact: true });
  await expect(
    panel.getByRole('heading', { level: 3, name: 'Germany halts arms exports to Kazakhstan' }),
  ).toBeVisible();
  await expect(panel).toContainText('Berlijn');
  await expect(panel.getByRole('button', { name: 'Volgende gebeurtenis' })).toBeDisabled();
  await expect(page.getByLabel('Plaats', { exact: true })).toHaveValue('berlin');
  await expect(page.getByRole('button', { name: 'Lijst' })).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('region', { name: 'Lijst' }).getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveText(['Germany halts arms exports to Kazakhstan']);
  await expect(table).toContainText('8 jan 2022');
  expect(await hashParams(page)).toEqual({
    event: 'ev-arms',
    places: 'berlin',
    lang: 'nl',
    view: 'list',
    map: 'almaty',
  });
});

test('selecting events writes them to the hash, and Back and Forward walk the selections', async ({
  page,
}) => {
  await openApp(page);
  await timelineEvent(page, 'ev-troops').click();
  await expect(page).toHaveURL(/#event=ev-troops$/);
  await timelineEvent(page, 'ev-massimov').click();
  await expect(page).toHaveURL(/#event=ev-massimov$/);
  await sources(page).getByRole('button', { name: 'Previous event' }).click();
  await expect(eventHeading(page)).toHaveText('US lets non-essential embassy staff leave Almaty');
  await expect(page).toHaveURL(/#event=ev-embassy$/);

  await page.goBack();
  await expect(eventHeading(page)).toHaveText('Former security chief Karim Massimov arrested');
  await page.goBack();
  await expect(eventHeading(page)).toHaveText('Russian troops arrive in Kazakhstan');
  await page.goBack();
  await expect(sources(page)).toContainText('Select an event on the timeline');
  await page.goForward();
  await expect(eventHeading(page)).toHaveText('Russian troops arrive in Kazakhstan');
});

test('filter changes replace the history entry instead of adding one', async ({ page }) => {
  await openApp(page, '#event=ev-arrests');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('searchbox', { name: 'Search titles and sentences' }).fill('arrest');
  await expect(page).toHaveURL(/q=arrest/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a time window in the link is kept and shown', async ({ page }) => {
  await openApp(page, '#from=2022-01-06&to=2022-01-08');
  await expect(timelineEvent(page, 'ev-troops')).toBeVisible();
  await expect.poll(() => hashParams(page)).toEqual({ from: '2022-01-06', to: '2022-01-08' });
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => hashParams(page)).toEqual({});
});

test('editing the hash by hand updates the view', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => (location.hash = '#event=ev-embassy'));
  await expect(eventHeading(page)).toHaveText('US lets non-essential embassy staff leave Almaty');
});

test('an unknown event id in a link says so instead of showing nothing', async ({ page }) => {
  await openApp(page, '#event=ev-does-not-exist');
  await expect(sources(page)).toContainText('There is no event “ev-does-not-exist” in this chronology.');
});
