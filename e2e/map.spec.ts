import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { EventFile } from '../src/schema/events.ts';

/**
 * The shared fixture plus one gazetteer landmark (Republic Square, real coordinates) cited by the
 * embassy event, so the Almaty view has a landmark and the Kazakhstan view a cluster.
 */
function fixture(): EventFile {
  const file = JSON.parse(readFileSync('e2e/fixtures/events.json', 'utf8')) as EventFile;
  file.places.push({
    id: 'almaty-republic-square',
    name: 'Republic Square',
    names: { en: 'Republic Square', nl: 'Plein van de Republiek' },
    kind: 'landmark',
    lat: 43.2383,
    lon: 76.9453,
    country: 'KZ',
  });
  file.places.sort((a, b) => a.id.localeCompare(b.id));
  const embassy = file.events.find((event) => event.id === 'ev-embassy');
  embassy?.places.push('almaty-republic-square');
  return file;
}

async function open(page: Page, hash = '') {
  const body = JSON.stringify(fixture());
  await page.route('**/events.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`./${hash}`);
  return page.getByRole('region', { name: 'Map' });
}

test('the map draws the offline basemap and no request leaves localhost', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const map = await open(page);
  // Countries and Kazakhstan's regions are SVG paths drawn from public/basemap.json.
  await expect.poll(() => map.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(100);
  expect(requests.some((url) => url.endsWith('/basemap.json'))).toBe(true);
  const outside = requests.filter(
    (url) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(url),
  );
  expect(outside).toEqual([]);
});

test('markers are buttons named by place and number of events; crowded places form a cluster', async ({
  page,
}) => {
  const map = await open(page);
  await expect(map.getByRole('button', { name: 'Kazakhstan, 3 events', exact: true })).toBeVisible();
  await expect(
    map.getByRole('button', { name: 'Almaty and 1 more place, 4 events', exact: true }),
  ).toBeVisible();
});

test('the Almaty and Kazakhstan buttons switch views', async ({ page }) => {
  const map = await open(page);
  const almatyView = map.getByRole('button', { name: 'Almaty', exact: true });
  const kazakhstanView = map.getByRole('button', { name: 'Kazakhstan', exact: true });
  await expect(kazakhstanView).toHaveAttribute('aria-pressed', 'true');

  await almatyView.click();
  await expect(almatyView).toHaveAttribute('aria-pressed', 'true');
  // At city scale the landmark gets its own labelled marker, apart from the city's.
  const square = map.getByRole('button', { name: 'Republic Square, 1 event', exact: true });
  await expect(square).toBeInViewport();
  await expect(square).toContainText('Republic Square');
  await expect(map.getByRole('button', { name: 'Almaty, 3 events', exact: true })).toBeInViewport();

  await kazakhstanView.click();
  await expect(kazakhstanView).toHaveAttribute('aria-pressed', 'true');
  await expect(
    map.getByRole('button', { name: 'Almaty and 1 more place, 4 events', exact: true }),
  ).toBeInViewport();
  await expect(map.getByRole('button', { name: 'Kazakhstan, 3 events', exact: true })).toBeInViewport();
});

test('clicking a cluster zooms in until its places separate', async ({ page }) => {
  const map = await open(page);
  await map.getByRole('button', { name: 'Almaty and 1 more place, 4 events', exact: true }).click();
  await expect(map.getByRole('button', { name: 'Republic Square, 1 event', exact: true })).toBeInViewport();
  await expect(map.getByRole('button', { name: 'Almaty, 3 events', exact: true })).toBeInViewport();
});

test('clicking a marker highlights its events on the timeline and lists them', async ({ page }) => {
  const map = await open(page, '#map=almaty');
  const almaty = map.getByRole('button', { name: 'Almaty, 3 events', exact: true });
  await almaty.click();
  await expect(almaty).toHaveAttribute('aria-pressed', 'true');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  for (const id of ['ev-protests', 'ev-arrests', 'ev-embassy']) {
    await expect(timeline.locator(`[data-event-id="${id}"]`)).toHaveClass(/highlighted/);
  }
  await expect(timeline.locator('[data-event-id="ev-troops"]')).not.toHaveClass(/highlighted/);
  await expect(
    page.getByRole('region', { name: 'Sources' }).getByRole('heading', { name: 'Events at Almaty' }),
  ).toBeVisible();
});

test('a marker can be reached and pressed with the keyboard', async ({ page }) => {
  const map = await open(page);
  const marker = map.getByRole('button', { name: 'Kazakhstan, 3 events', exact: true });
  await marker.focus();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(marker).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('region', { name: 'Sources' }).getByRole('heading', { name: 'Events at Kazakhstan' }),
  ).toBeVisible();
});

test('places far from Kazakhstan are listed beside the map without leaving the Kazakhstan view', async ({
  page,
}) => {
  const map = await open(page);
  const berlin = map.getByRole('button', { name: 'Berlin, 1 event', exact: true });
  await expect(berlin).toBeVisible();
  await expect(map.getByRole('button', { name: 'Washington, 1 event', exact: true })).toBeVisible();
  await berlin.click();
  await expect(
    page.getByRole('region', { name: 'Sources' }).getByRole('heading', { name: 'Events at Berlin' }),
  ).toBeVisible();
  await expect(map.getByRole('button', { name: 'Kazakhstan', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(map.getByRole('button', { name: 'Kazakhstan, 3 events', exact: true })).toBeInViewport();
});

test('hovering an event on the timeline lights up its places', async ({ page }) => {
  const map = await open(page, '#map=almaty');
  const almaty = map.getByRole('button', { name: 'Almaty, 3 events', exact: true });
  await expect(almaty).not.toHaveClass(/is-lit/);
  await page.getByRole('region', { name: 'Timeline' }).locator('[data-event-id="ev-arrests"]').hover();
  await expect(almaty).toHaveClass(/is-lit/);
  await expect(map.getByRole('button', { name: 'Republic Square, 1 event', exact: true })).not.toHaveClass(
    /is-lit/,
  );
});

test('a time window fades the places with no event inside it', async ({ page }) => {
  const map = await open(page, '#map=almaty&from=2022-01-06&to=2022-01-06T23:00Z');
  await expect(map.getByRole('button', { name: 'Republic Square, 1 event', exact: true })).toHaveClass(
    /is-faded/,
  );
  await expect(map.getByRole('button', { name: 'Almaty, 3 events', exact: true })).not.toHaveClass(
    /is-faded/,
  );
  // In the Elsewhere list too, and it looks so: a dashed border.
  const washington = map.getByRole('button', { name: 'Washington, 1 event', exact: true });
  await expect(washington).toHaveClass(/is-faded/);
  await expect(washington).toHaveCSS('border-top-style', 'dashed');
});

test('axe finds no serious or critical problem in the map, in either view', async ({ page }) => {
  const map = await open(page, '#from=2022-01-06&to=2022-01-06T23:00Z');
  for (const view of ['Kazakhstan', 'Almaty']) {
    await map.getByRole('button', { name: view, exact: true }).click();
    await expect(map.getByRole('button', { name: /^Almaty.*events$/ }).first()).toBeInViewport();
    const { violations } = await new AxeBuilder({ page }).include('.map-view').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('an embedder can switch on OpenStreetMap tiles with ?tiles=osm', async ({ page }) => {
  const tiles: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tiles.push(route.request().url());
    return route.abort();
  });
  const body = JSON.stringify(fixture());
  await page.route('**/events.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?tiles=osm');
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  const map = page.getByRole('region', { name: 'Map' });
  await expect(map.getByRole('link', { name: 'OpenStreetMap' })).toBeVisible();
});

test('the Almaty view keeps landmarks as labels when filters hide their events', async ({ page }) => {
  const map = await open(page, '#map=almaty&places=berlin');
  await expect(map.getByRole('button', { name: 'Berlin, 1 event', exact: true })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Republic Square, 1 event', exact: true })).toHaveCount(0);
  await expect(map.getByText('Republic Square', { exact: true })).toBeInViewport();
});

test('on a phone the map, its views and the Elsewhere list fit inside the Map pane', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const map = await open(page);
  const washington = map.getByRole('button', { name: 'Washington, 1 event', exact: true });
  await expect(washington).toBeVisible();
  const pane = await map.boundingBox();
  const button = await washington.boundingBox();
  expect(pane && button).toBeTruthy();
  if (!pane || !button) return;
  expect(button.y + button.height).toBeLessThanOrEqual(pane.y + pane.height + 1);
  expect(button.x + button.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('the map’s zoom buttons are named apart from the timeline’s, in the interface language', async ({
  page,
}) => {
  const map = await open(page);
  await expect(map.getByRole('button', { name: 'Zoom map in' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Zoom map out' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('nl');
  await expect(page.getByRole('button', { name: 'Kaart inzoomen' })).toBeVisible();
});
