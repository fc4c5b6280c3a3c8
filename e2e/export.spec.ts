import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { filterEventFile, noFilters, sortEvents } from '../src/export/filter.ts';
import { fromTimelineJS } from '../src/export/from-timelinejs.ts';
import type { EventFile } from '../src/schema/events.ts';

const fixture = JSON.parse(readFileSync('e2e/fixtures/events.json', 'utf8')) as EventFile;
const summary = (events: EventFile['events']) =>
  events.map((e) => ({ id: e.id, title: e.title, start: e.when.start, end: e.when.end }));

async function serve(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/events.json', (route) => route.fulfill({ path: 'e2e/fixtures/events.json' }));
  return requests;
}

/** Opens the download menu and saves one format; returns the file's text and name. */
async function download(page: Page, name: string): Promise<{ text: string; file: string }> {
  const menu = page.getByText('Download', { exact: true });
  if (!(await page.getByRole('link', { name }).isVisible())) await menu.click();
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  const path = await saved.path();
  return { text: readFileSync(path, 'utf8'), file: saved.suggestedFilename() };
}

test('the downloads hold the filtered events, made in the page without a request', async ({ page }) => {
  const requests = await serve(page);
  await page.goto('./#q=almaty');
  await expect(
    page.getByRole('region', { name: 'Timeline' }).locator('[data-event-id]').first(),
  ).toBeVisible();
  const expected = filterEventFile(fixture, { ...noFilters(), search: 'almaty' }).events;
  expect(expected.length).toBeLessThan(fixture.events.length);
  // The map's basemap and Leaflet load after the first render; count only what the downloads ask for.
  await page.waitForLoadState('networkidle');
  const before = requests.length;

  const csv = await download(page, 'CSV (spreadsheet)');
  expect(csv.file).toBe('crisis-chronology.csv');
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toMatch(/^id,start,end,precision,timex3,/);
  expect(
    lines
      .slice(1)
      .map((line) => line.split(',')[0])
      .filter(Boolean),
  ).toEqual(expected.map((e) => e.id));

  const geojson = JSON.parse((await download(page, 'GeoJSON (map points)')).text);
  expect(geojson.type).toBe('FeatureCollection');
  expect(new Set(geojson.features.map((f: { properties: { id: string } }) => f.properties.id))).toEqual(
    new Set(expected.filter((e) => e.places.length).map((e) => e.id)),
  );

  const ics = (await download(page, 'iCalendar (.ics)')).text;
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(expected.length);

  // Only blob: downloads after the page loaded: nothing went to a server.
  expect(requests.slice(before).filter((url) => !url.startsWith('blob:'))).toEqual([]);
});

test('a TimelineJS export imported again gives the same events, in the app too', async ({ page }) => {
  await serve(page);
  await page.goto('./');
  await expect(
    page.getByRole('region', { name: 'Timeline' }).locator('[data-event-id]').first(),
  ).toBeVisible();
  const exported = await download(page, 'TimelineJS 3 JSON');
  expect(exported.file).toBe('crisis-chronology.timeline.json');
  const json: unknown = JSON.parse(exported.text);
  const everything = sortEvents(fixture.events);
  expect(summary(fromTimelineJS(json).events)).toEqual(summary(everything));

  // The app reads the TimelineJS file given with ?data= and lists the same events.
  await page.route('**/timeline.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: exported.text }),
  );
  await page.goto('./?data=timeline.json#view=list');
  const rows = page.getByRole('region', { name: 'List' }).getByRole('rowheader');
  await expect(rows).toHaveCount(everything.length);
  expect(await rows.allTextContents()).toEqual(everything.map((e) => e.title));
});
