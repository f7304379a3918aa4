// The app shell in a real browser: it loads, walks the workflow, opens the demo, keeps
// the chosen language across a reload, and works from a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';
import { SUB_PATH } from './server.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

test('no page of the app breaks its Content-Security-Policy or logs an error', async () => {
  const { app } = env;
  app.errors.length = 0;
  await app.open('?demo');
  for (const id of ['data', 'analisis', 'penyeimbangan', 'skenario', 'laporan', 'aturan']) await app.goTo(id);
  await app.goTo('analisis');
  await app.page.waitForTimeout(500);
  assert.deepEqual(app.errors, []);
});

test('clicks through every page of the workflow in Indonesian', async () => {
  const { app } = env;
  await app.open();
  assert.equal(await app.byTestId('boot').count(), 0, 'the loading screen is gone');
  const expected = {
    data: 'Data pegawai dan kebutuhan',
    analisis: 'Analisis beban kerja',
    penyeimbangan: 'Penyeimbangan',
    skenario: 'Skenario',
    laporan: 'Laporan keputusan penyeimbangan',
    aturan: 'Aturan penyeimbangan',
  };
  for (const [id, title] of Object.entries(expected)) {
    await app.goTo(id);
    assert.equal(await app.heading(), title);
  }
  assert.deepEqual(app.errors, []);
});

test('opens the demo dataset of a synthetic city with one click', async () => {
  const { app } = env;
  await app.open();
  await app.loadDemo();
  const employees = await app.count('employees');
  assert.ok(employees >= 8000 && employees <= 15000, `employees: ${employees}`);
  assert.ok((await app.count('slots')) > 500);
  assert.ok((await app.count('opd')) >= 35);
  await app.goTo('analisis');
  const staff = Number((await app.byTestId('fig-bezetting').textContent()).replace(/\D/g, ''));
  assert.ok(staff > 0 && staff <= employees, 'the analysis uses the loaded data');
});

test('the language switch survives a reload', async () => {
  const { app } = env;
  await app.open();
  assert.equal(await app.byTestId('nav-data').textContent(), '1Data');
  await app.byTestId('lang-switch').click();
  await app.goTo('analisis');
  assert.equal(await app.heading(), 'Workload analysis');
  await app.reload();
  await app.goTo('analisis');
  assert.equal(await app.heading(), 'Workload analysis');
  assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
  await app.byTestId('lang-switch').click();
  await app.reload();
  await app.goTo('analisis');
  assert.equal(await app.heading(), 'Analisis beban kerja');
});

test('the demo opens from the URL, also under a sub-path of the host', async () => {
  const { app } = env;
  await app.open(SUB_PATH + '?demo');
  await app.byTestId('data-summary').waitFor({ timeout: 30000 });
  assert.ok((await app.count('employees')) >= 8000);
});

test('a failed load turns the loading screen into a clear message', async () => {
  const { app } = env;
  await app.page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await app.page.goto(app.baseUrl);
  const msg = app.byTestId('boot-error');
  await msg.waitFor({ timeout: 30000 });
  assert.match(await msg.textContent(), /gagal dimuat/);
  await app.page.unroute('**/*.wasm');
  app.errors.length = 0;
});
