import { expect, test, type Page } from '@playwright/test';
import { fixture } from './fixtures/app.ts';

const alert = (page: Page) => page.getByRole('alert');

async function expectProblem(page: Page, file: string, field: string | null, reason: RegExp) {
  const box = alert(page);
  await expect(box.getByRole('heading', { name: 'Could not load the chronology' })).toBeVisible();
  await expect(box.getByRole('term')).toHaveText(
    field === null ? ['File', 'Problem'] : ['File', 'Field', 'Problem'],
  );
  const values = box.getByRole('definition');
  await expect(values.first()).toHaveText(file);
  if (field !== null) await expect(values.nth(1)).toHaveText(field);
  await expect(values.last()).toHaveText(reason);
}

test('a truncated events.json names the file and says it is not valid JSON', async ({ page }) => {
  await page.route('**/events.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture('events.json').slice(0, 400) }),
  );
  await page.goto('./');
  await expectProblem(page, 'events.json', null, /is not valid JSON/);
});

test('a schema-invalid events.json names the field and the reason', async ({ page }) => {
  await page.route('**/events.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture('invalid.json') }),
  );
  await page.goto('./');
  await expectProblem(page, 'events.json', 'events[2].title', /must not be empty/);
});

test('a missing events.json says the server answered 404', async ({ page }) => {
  await page.route('**/events.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto('./');
  await expectProblem(page, 'events.json', null, /could not be fetched: the server answered 404/);
});

test('?data= pointing at a missing file names that file', async ({ page }) => {
  await page.route('**/gone/events-2021.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./?data=gone/events-2021.json');
  await expectProblem(page, 'gone/events-2021.json', null, /the server answered 404/);
});

test('?data= answered by the page itself instead of JSON says so', async ({ page }) => {
  // vite preview, like many single-page hosts, serves index.html for unknown paths.
  await page.goto('./?data=no-such-file.json');
  await expectProblem(page, 'no-such-file.json', null, /is an HTML page, not a JSON event file/);
});

test('?data= with a script address is refused without fetching anything', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`./?data=${encodeURIComponent('javascript:alert(1)')}`);
  await expectProblem(page, 'javascript:alert(1)', null, /must use http or https/);
  expect(dialogs).toEqual([]);
});

test('?data= with a malformed address says it is not a URL', async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent('http://[bad')}`);
  await expectProblem(page, 'http://[bad', null, /not a valid URL/);
});

test('?data= pointing at a valid file loads it instead of events.json', async ({ page }) => {
  await page.route('**/alt/chronology.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture('events.json') }),
  );
  await page.goto('./?data=alt/chronology.json#event=ev-arms');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Germany halts arms exports to Kazakhstan' }),
  ).toBeVisible();
  await expect(alert(page)).toHaveCount(0);
});

test('the error is shown in Dutch when the interface is Dutch', async ({ page }) => {
  await page.route('**/events.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./#lang=nl');
  await expect(
    alert(page).getByRole('heading', { name: 'De chronologie kon niet worden geladen' }),
  ).toBeVisible();
});
