import { expect, test } from '@playwright/test';

test('the page loads the chronology', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Crisis chronology' })).toBeVisible();
});
