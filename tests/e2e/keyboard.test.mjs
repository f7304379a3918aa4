// The workflow by keyboard only: reach the navigation, open the workbench, run, and open
// a move's explanation without a mouse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

test('the keyboard reaches every control of the workflow', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.tabTo('nav-penyeimbangan');
  await app.page.keyboard.press('Enter');
  await app.page.waitForSelector('[data-testid="nav-penyeimbangan"][aria-current="page"]');
  for (const id of ['param-min_masa_jabatan_bulan', 'param-lingkup', 'param-jaga_asal', 'params-restore']) {
    await app.tabTo(id);
  }
  await app.tabTo('run-button');
  await app.page.keyboard.press('Enter');
  await app.byTestId('moves-count').waitFor({ timeout: 120000 });
  await app.tabTo('moves-filter');
  await app.tabTo('move-why');
  await app.page.keyboard.press('Enter');
  assert.match(await app.byTestId('move-explanation').first().textContent(), /mutasi|rotasi/);
  await app.tabTo('person-search');
  assert.deepEqual(app.errors, []);
});
