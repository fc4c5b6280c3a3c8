import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './fixtures/app.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the landmarks Timeline, Map and Sources are there', async ({ page }) => {
  await openApp(page);
  for (const name of ['Timeline', 'Map', 'Sources']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('search', { name: 'Filters' })).toBeVisible();
});

for (const [name, hash] of [
  ['the chronology with an event with conflicting sources open', '#event=ev-massimov'],
  ['the list view', '#view=list&event=ev-troops'],
  ['the Dutch interface', '#lang=nl&event=ev-arms'],
  ['a clicked place', '#place=almaty'],
] as const) {
  test(`axe finds no serious or critical violations in ${name}`, async ({ page }) => {
    await openApp(page, hash);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe finds no serious or critical violations in the load error', async ({ page }) => {
  await page.route('**/events.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('with reduced motion nothing animates or transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '#event=ev-arms');
  const slow = await page.evaluate(
    () =>
      [...document.querySelectorAll('body *')]
        .map((el) => getComputedStyle(el))
        .filter(
          (s) =>
            s.transitionDuration.split(',').some((d) => parseFloat(d) > 0.001) ||
            s.animationDuration.split(',').some((d) => parseFloat(d) > 0.001),
        ).length,
  );
  expect(slow).toBe(0);
});

test('the interface switches to Dutch, with Dutch dates', async ({ page }) => {
  await openApp(page, '#event=ev-troops');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisischronologie');
  const panel = page.getByRole('region', { name: 'Bronnen', exact: true });
  await expect(panel.locator('time').first()).toHaveText('donderdag 6 januari 2022');
  await expect(panel.getByRole('button', { name: 'Vorige gebeurtenis' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toBeVisible();
  await expect(page).toHaveURL(/lang=nl/);
});

test('keyboard users can reach the sources from the skip link', async ({ page }) => {
  await openApp(page, '#event=ev-arms');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Sources' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Sources', exact: true })).toBeFocused();
  await expect(page).toHaveURL(/#event=ev-arms$/);
  await expect(
    page.getByRole('heading', { level: 3, name: 'Germany halts arms exports to Kazakhstan' }),
  ).toBeVisible();
});
