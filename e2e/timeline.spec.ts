import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { syntheticEvents } from '../src/scripts/synthetic-events.ts';

const fixture = readFileSync(new URL('./fixtures/events.json', import.meta.url), 'utf8');
const dense = JSON.stringify(syntheticEvents(600));

/** The fixture plus a background fact dated only to the year before: "Last year, Germany issued…". */
function withLastYear(): string {
  const data = JSON.parse(fixture) as { events: { id: string; title: string; when: object }[] };
  const background = structuredClone(data.events[0]!);
  background.id = 'ev-last-year';
  background.title = 'Licences issued last year';
  background.when = {
    start: '2021-01-01',
    end: '2021-12-31',
    precision: 'year',
    value: '2021',
    confidence: 0.6,
  };
  data.events.push(background);
  return JSON.stringify(data);
}

async function open(page: Page, body = fixture, hash = '') {
  await page.route('**/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(`./${hash}`);
  await expect(timeline(page).locator('[data-event-id], [data-count]').first()).toBeVisible();
}

const timeline = (page: Page) => page.getByRole('region', { name: /^(Timeline|Tijdlijn)$/ });
const eventButton = (page: Page, name: string | RegExp) => timeline(page).getByRole('button', { name });
const ticks = (page: Page) => timeline(page).locator('.axis text').allTextContents();
const hashParam = (page: Page, key: string) =>
  new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);
const focusedEventId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

test.describe('timeline', () => {
  test('a year-long background band does not squeeze the crisis week into the first view', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, withLastYear());
    // The first view shows the days of the week the events are dated to, not the months of a year.
    await expect.poll(async () => (await ticks(page)).some((t) => /^\d+ Jan$/.test(t))).toBe(true);
    expect(await ticks(page)).not.toContain('Jul');
    const first = await ticks(page);
    expect(hashParam(page, 'from')).toBeNull();
    await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => ticks(page)).not.toEqual(first);
    await timeline(page).getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => ticks(page)).toEqual(first);
  });

  test('each event is a button named by its title and date, with its id', async ({ page }) => {
    await open(page);
    const troops = eventButton(page, 'Russian troops arrive in Kazakhstan, Thursday 6 Jan');
    await expect(troops).toHaveAttribute('data-event-id', 'ev-troops');
    await expect(eventButton(page, 'Germany halts arms exports to Kazakhstan, before 8 Jan')).toBeVisible();
  });

  test('an event whose sources disagree says so, one whose sources agree does not', async ({ page }) => {
    await open(page);
    await expect(eventButton(page, /^More than 3,000 people arrested/)).toHaveAccessibleDescription(
      'sources disagree',
    );
    await expect(eventButton(page, /^Russian troops arrive/)).toHaveAccessibleDescription('');
  });

  test('clicking an event selects it', async ({ page }) => {
    await open(page);
    const troops = eventButton(page, /^Russian troops arrive in Kazakhstan/);
    await troops.click();
    await expect(troops).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => hashParam(page, 'event')).toBe('ev-troops');
  });

  test('Tab reaches an event and Enter selects it', async ({ page }) => {
    await open(page);
    await timeline(page).getByRole('button', { name: 'Reset view' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const id = await focusedEventId(page);
    expect(id).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParam(page, 'event')).toBe(id);
    await expect(timeline(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
  });

  test('arrow keys move focus between events in time order', async ({ page }) => {
    await open(page);
    await eventButton(page, /^Russian troops arrive/).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe('ev-arrests');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedEventId(page)).toBe('ev-shoot-order');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedEventId(page)).toBe('ev-troops');
    await page.keyboard.press('Space');
    await expect.poll(() => hashParam(page, 'event')).toBe('ev-troops');
  });

  test('the zoom buttons change the ticks and the window, and Reset view restores them', async ({ page }) => {
    await open(page);
    const before = await ticks(page);
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => ticks(page)).not.toEqual(before);
    await expect.poll(() => hashParam(page, 'from')).not.toBeNull();
    await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
    await timeline(page).getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => ticks(page)).toEqual(before);
    await expect.poll(() => hashParam(page, 'from')).toBeNull();
  });

  test('zooming out from a focused event that folds away leaves focus on the timeline', async ({ page }) => {
    // Key steps ease over 200 ms; without motion each step lands at once, so no read sees a view mid-way.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, dense);
    const canvas = timeline(page).getByRole('group', { name: /^Events over time/ });
    await canvas.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    const event = timeline(page).locator('svg [data-event-id]').first();
    const id = await event.getAttribute('data-event-id');
    await event.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('-');
    await expect(timeline(page).locator(`svg [data-event-id="${id}"]`)).toHaveCount(0);
    await expect(canvas).toBeFocused();
  });

  /** Clicks Zoom in and returns the first tick's position on each of the next 30 frames. */
  const zoomFrames = (page: Page) =>
    page.evaluate(async () => {
      const region = document.querySelector('[aria-label="Timeline"]');
      const button = [...(region?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Zoom in');
      if (!button) throw new Error('no Zoom in button');
      const tickPosition = () => region?.querySelector('.axis g')?.getAttribute('transform') ?? '';
      const before = tickPosition();
      button.click();
      const frames: string[] = [];
      for (let i = 0; i < 30; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames.push(tickPosition());
      }
      return { before, frames };
    });

  test('with reduced motion, zooming jumps to its new view without in-between frames', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    const { before, frames } = await zoomFrames(page);
    expect(new Set(frames).size).toBe(1);
    expect(frames[0]).not.toBe(before);
  });

  test('without a motion preference, zooming eases through in-between frames', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page);
    const { frames } = await zoomFrames(page);
    expect(new Set(frames).size).toBeGreaterThan(2);
  });

  test('plus and minus keys zoom, Home resets', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    const before = await ticks(page);
    await timeline(page)
      .getByRole('group', { name: /^Events over time/ })
      .focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => ticks(page)).not.toEqual(before);
    const zoomed = await ticks(page);
    await page.keyboard.press('-');
    await expect.poll(() => ticks(page)).not.toEqual(zoomed);
    await page.keyboard.press('Home');
    await expect.poll(() => ticks(page)).toEqual(before);
  });

  test('the wheel zooms in to hours and sets the window', async ({ page }) => {
    await open(page);
    const before = await ticks(page);
    await timeline(page)
      .getByRole('group', { name: /^Events over time/ })
      .hover();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
    await expect.poll(() => ticks(page)).not.toEqual(before);
    await expect.poll(async () => (await ticks(page)).some((t) => /^\d\d:00$/.test(t))).toBe(true);
    await expect.poll(() => hashParam(page, 'to')).not.toBeNull();
  });

  test('a window in the link is the window the timeline shows', async ({ page }) => {
    await open(page, fixture, '#from=2022-01-06T00:00Z&to=2022-01-07T00:00Z');
    await expect.poll(async () => (await ticks(page)).some((t) => /^\d\d:00$/.test(t))).toBe(true);
    await expect(eventButton(page, /^Russian troops arrive/)).toBeVisible();
    await expect(eventButton(page, /^US lets non-essential embassy staff/)).toHaveCount(0);
  });

  test('a dense stretch shows as a count that opens by click and by Enter', async ({ page }) => {
    await open(page, dense);
    const counts = timeline(page).getByRole('button', { name: /^\d+ events,/ });
    await expect(counts.first()).toBeVisible();
    const before = await ticks(page);
    await counts.first().click();
    await expect.poll(() => ticks(page)).not.toEqual(before);
    await timeline(page).getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => ticks(page)).toEqual(before);
    await counts.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ticks(page)).not.toEqual(before);
  });

  test('a count of events at one instant expands into a list of them', async ({ page }) => {
    const same = syntheticEvents(40);
    for (const e of same.events)
      e.when = { ...e.when, start: '2022-01-05', end: '2022-01-05', precision: 'day' };
    await open(page, JSON.stringify(same));
    const count = timeline(page)
      .getByRole('button', { name: /^\d+ events,/ })
      .first();
    await count.click();
    const list = timeline(page).getByRole('group', { name: /^\d+ events,/ });
    await expect(list).toBeVisible();
    const first = list.getByRole('button').first();
    const id = await first.getAttribute('data-event-id');
    await first.click();
    await expect.poll(() => hashParam(page, 'event')).toBe(id);
  });

  test('a two-finger pinch zooms the timeline', async ({ page }) => {
    await open(page);
    const before = await ticks(page);
    await page.evaluate(() => {
      const svg = document.querySelector('[aria-label^="Events over time"]');
      if (!svg) throw new Error('no timeline');
      const box = svg.getBoundingClientRect();
      const y = box.top + box.height / 2;
      const fire = (type: string, pointerId: number, x: number) =>
        svg.dispatchEvent(
          new PointerEvent(type, {
            pointerId,
            pointerType: 'touch',
            clientX: box.left + x,
            clientY: y,
            bubbles: true,
          }),
        );
      fire('pointerdown', 1, 150);
      fire('pointerdown', 2, 200);
      for (let x = 210; x <= 400; x += 10) fire('pointermove', 2, x);
      fire('pointerup', 2, 400);
      fire('pointerup', 1, 150);
    });
    await expect.poll(() => ticks(page)).not.toEqual(before);
    await expect.poll(() => hashParam(page, 'from')).not.toBeNull();
  });

  test('events at the place chosen on the map are highlighted', async ({ page }) => {
    await open(page, fixture, '#place=almaty');
    const highlighted = timeline(page).locator('[data-event-id].highlighted');
    await expect
      .poll(() => highlighted.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')).sort()))
      .toEqual(['ev-arrests', 'ev-embassy', 'ev-protests']);
  });

  test('in Dutch the axis and the event names use Dutch dates', async ({ page }) => {
    await open(page, fixture, '#lang=nl');
    await expect(eventButton(page, 'Russian troops arrive in Kazakhstan, donderdag 6 jan')).toBeVisible();
    await expect(timeline(page).getByRole('button', { name: 'Inzoomen' })).toBeVisible();
  });

  test('axe finds no serious or critical violations in the timeline', async ({ page }) => {
    await open(page);
    await eventButton(page, /^Russian troops arrive/).click();
    const results = await new AxeBuilder({ page }).include('[aria-label="Timeline"]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('an event selected elsewhere, outside the window, is brought into view', async ({ page }) => {
    await open(page, fixture, '#from=2022-01-02T00:00Z&to=2022-01-03T00:00Z');
    await page.evaluate(() => {
      location.hash = 'event=ev-massimov&from=2022-01-02T00:00Z&to=2022-01-03T00:00Z';
    });
    await expect(eventButton(page, /^Former security chief Karim Massimov arrested/)).toBeVisible();
  });
});
