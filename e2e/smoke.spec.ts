import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The built app on whatever events.json the build shipped (the real pipeline output when there is one).
test('the page loads the built chronology or says clearly why it cannot', async ({ page, request }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis chronology' })).toBeVisible();
  const shipped = await request.get('./events.json');
  const isJson = shipped.ok() && (shipped.headers()['content-type'] ?? '').includes('json');
  if (!isJson) {
    await expect(page.getByRole('alert')).toContainText('events.json');
    return;
  }
  const data = (await shipped.json()) as { events: { id: string; title: string }[] };
  const first = data.events[0];
  if (!first) throw new Error('the shipped events.json has no events');
  await expect(page.getByRole('status').filter({ hasText: `of ${data.events.length} events` })).toBeVisible();
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('region', { name: 'List' }).getByRole('button', { name: first.title }).first().click();
  await expect(
    page.getByRole('region', { name: 'Sources', exact: true }).locator('mark').first(),
  ).toBeVisible();
  const serious = async () =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
