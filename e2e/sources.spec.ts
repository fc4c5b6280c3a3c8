import { expect, test } from '@playwright/test';
import { eventHeading, fixture, openApp, sources, timeline, timelineEvent } from './fixtures/app.ts';

test('clicking an event on the timeline shows its sentences highlighted in their paragraphs', async ({
  page,
}) => {
  await openApp(page);
  await timelineEvent(page, 'ev-arrests').click();
  const panel = sources(page);
  await expect(panel.getByRole('heading', { name: 'More than 3,000 people arrested' })).toBeVisible();
  await expect(panel.locator('mark')).toHaveText([
    'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
    'Thousands of arrests have reportedly been made.',
  ]);
  // The mark sits inside the whole paragraph, not alone.
  await expect(panel.locator('blockquote').first()).toContainText(
    'Since the turn of the year, some 20,000 people',
  );
  const article = panel.getByRole('article', {
    name: 'Former security chief detained on suspicion of treason',
  });
  await expect(article).toContainText('8 January 2022');
  await expect(article.getByText('(inferred)')).toHaveAttribute('title', /No date in the article/);
  await expect(article).toContainText('English');
  await expect(panel).toContainText('Reported as “as of Friday morning”');
  await expect(panel).toContainText('more than 3,000 people arrested');
  await expect(panel.getByRole('table', { name: 'Figures: people arrested' })).toBeVisible();
});

test('a date taken from the sentences around the cited one says so', async ({ page }) => {
  const file = JSON.parse(fixture('events.json')) as { events: { id: string; when: { text?: string } }[] };
  for (const e of file.events) if (e.id === 'ev-troops') delete e.when.text;
  await page.route('**/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) }),
  );
  await page.goto('./#event=ev-troops');
  const panel = sources(page);
  await expect(panel.getByRole('heading', { name: 'Russian troops arrive in Kazakhstan' })).toBeVisible();
  await expect(panel).toContainText('Date taken from the sentences around it; the cited sentence names none');
});

test('where sources disagree the values are shown side by side with their sources', async ({ page }) => {
  await openApp(page, '#event=ev-massimov');
  const conflicts = sources(page).getByRole('region', { name: 'Where sources disagree' });
  const table = conflicts.getByRole('table', { name: 'Date' });
  await expect(table.getByRole('columnheader')).toHaveText(['8 Jan 2022', 'earlier this week']);
  await expect(table.getByRole('cell').nth(0)).toContainText('On Saturday, Kazakh authorities arrested');
  await expect(table.getByRole('cell').nth(1)).toContainText('Massimov was arrested earlier this week');
});

test('a count that rose as it was reported reads in that order, each figure with its day', async ({
  page,
}) => {
  await openApp(page, '#event=ev-arrests', 'running-count.json');
  const conflicts = sources(page).getByRole('region', {
    name: 'How the figures changed as reports came in',
  });
  const table = conflicts.getByRole('table', {
    name: 'People arrested: figures changed as reports came in',
  });
  await expect(table.getByRole('columnheader')).toHaveText([
    /^\s*200\s+reported 5 Jan\s*$/,
    /^\s*2,000\s+reported 6 Jan\s*$/,
    /^\s*3,000\s+reported 7 Jan\s*$/,
  ]);
  await expect(table.getByRole('cell').nth(0)).toContainText('mehr als 200 Menschen wurden festgenommen');
  await expect(table.getByRole('cell').nth(1)).toContainText('ruim 2000 mensen opgepakt');
  await expect(table.getByRole('cell').nth(2)).toContainText('More than 3,000 people have been detained');
});

test('an event can be selected with the keyboard on the timeline', async ({ page }) => {
  await openApp(page);
  const mark = timelineEvent(page, 'ev-troops');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(eventHeading(page)).toHaveText('Russian troops arrive in Kazakhstan');
  await expect(sources(page).locator('mark')).toContainText([
    '2,500 of whom arrived in the country on Thursday',
    'donderdag kwamen 2.500 van hen in het land aan',
  ]);
  await expect(
    sources(page).getByRole('article', { name: 'Duitsland stopt wapenexport naar Kazachstan' }),
  ).toContainText('Dutch');
});

test('previous and next walk the chronology in time order', async ({ page }) => {
  await openApp(page, '#event=ev-arrests');
  await expect(eventHeading(page)).toHaveText('More than 3,000 people arrested');
  await sources(page).getByRole('button', { name: 'Next event' }).click();
  await expect(eventHeading(page)).toHaveText('Tokayev orders troops to fire without warning');
  await sources(page).getByRole('button', { name: 'Previous event' }).click();
  await sources(page).getByRole('button', { name: 'Previous event' }).click();
  await expect(eventHeading(page)).toHaveText('Russian troops arrive in Kazakhstan');
  await sources(page).getByRole('button', { name: 'Close' }).click();
  await expect(sources(page)).toContainText('Select an event on the timeline');
  await expect(page).not.toHaveURL(/#/);
  await openApp(page, '#event=ev-deaths');
  await expect(sources(page).getByRole('button', { name: 'Previous event' })).toBeDisabled();
});

test('a clicked place lists its events, and events without a place are listed too', async ({ page }) => {
  await openApp(page);
  await expect(sources(page).getByRole('list', { name: 'Events without a place' })).toContainText(
    '26 protesters and 18 security personnel killed',
  );
  await openApp(page, '#place=almaty');
  const list = sources(page).getByRole('list', { name: 'Events at Almaty' });
  await expect(list.getByRole('button')).toHaveCount(3);
  await list.getByRole('button', { name: /US lets non-essential embassy staff leave Almaty/ }).click();
  await expect(
    sources(page).getByRole('heading', { name: 'US lets non-essential embassy staff leave Almaty' }),
  ).toBeVisible();
  await expect(sources(page)).toContainText('Almaty, Washington');
});

test('article text containing markup is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page, '#event=ev-deaths', 'xss.json');
  const panel = sources(page);
  await expect(panel.locator('mark').last()).toHaveText(
    'Leave a Reply <script>window.__xss = "script"</script> <img src="x" onerror="window.__xss = \'img\'"> Back To Top',
  );
  await expect(panel.getByRole('heading', { level: 3 }).first()).toHaveText(
    'Protest <b>bold</b> <img src=x onerror="window.__xss=\'title\'">',
  );
  await expect(panel.locator('img, script, b')).toHaveCount(0);
  await expect(timeline(page).locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(timeline(page)).toBeVisible();
});

test('clicking a map marker lists the events at that place', async ({ page }) => {
  await openApp(page, '#map=almaty');
  const marker = page.getByRole('region', { name: 'Map' }).getByRole('button', { name: /^Almaty, 3 events/ });
  await marker.click();
  const list = sources(page).getByRole('list', { name: 'Events at Almaty' });
  await expect(list.getByRole('button')).toHaveText([
    /Some 20,000 people take to the streets of Almaty/,
    /More than 3,000 people arrested/,
    /US lets non-essential embassy staff leave Almaty/,
  ]);
  await expect(page).toHaveURL(/place=almaty/);
  await sources(page).getByRole('button', { name: 'Show all places' }).click();
  await expect(list).toHaveCount(0);
});
