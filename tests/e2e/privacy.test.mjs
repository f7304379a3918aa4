// Trust: nothing leaves the browser, users' text is shown as text, and the app keeps
// working offline after the first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, FIXTURES } from './harness.mjs';

let env;
before(async () => {
  env = await start({ serviceWorkers: 'allow' });
});
after(async () => {
  await env.close();
});

test('a whole session requests nothing but the app\'s own files', async () => {
  const { app, server } = env;
  const requests = [];
  app.page.on('request', (r) => requests.push(r.url()));
  await app.open();
  await app.uploadFiles([`${FIXTURES}/small/demo.xlsx`]);
  await app.byTestId('data-summary').waitFor({ timeout: 30000 });
  await app.goTo('analisis');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  await app.saveScenario('Privasi');
  await app.openReport();
  for (const id of ['export-xlsx', 'export-csv']) {
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId(id).click()]);
    await download.path();
  }
  await app.goTo('aturan');
  const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.length > 3);
});

test('names with markup and formulas are shown as text', async () => {
  const { app } = env;
  let dialogs = 0;
  app.page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await app.open();
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const pegawai = [
    'nip,nama,kode_unit,kode_jabatan,nama_jabatan,tmt_jabatan',
    `198001012005011001,"${evil}",U1,J1,"=HYPERLINK(""http://x"",""y"")",2019-01-01`,
    '198001022005011002,Budi,U2,J1,"=HYPERLINK(""http://x"",""y"")",2019-01-01',
  ].join('\n');
  const kebutuhan = 'kode_unit,nama_unit,kode_jabatan,kebutuhan\nU1,"<b>Unit</b>",J1,0\nU2,Dua,J1,2\n';
  await app.goTo('data');
  await app.uploadBuffers(
    [
      { name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(pegawai) },
      { name: 'kebutuhan.csv', mimeType: 'text/csv', buffer: Buffer.from(kebutuhan) },
    ],
    /Data diterima/,
  );
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const row = app.byTestId('move-row').first();
  assert.ok((await row.textContent()).includes(evil), 'the name is shown literally');
  assert.equal(await app.page.locator('main img').count(), 0, 'no element was injected');
  await app.openReport();
  const report = await app.byTestId('report-move-list').textContent();
  assert.ok(report.includes(evil), 'the report shows the name literally');
  assert.equal(await app.page.locator('main img, main script').count(), 0, 'nothing was injected in the report');
  // One CSV file per table: wait for the moves.
  const moves = new Promise((ok) => {
    const seen = (d) => d.suggestedFilename() === 'usulan_mutasi.csv' && (app.page.off('download', seen), ok(d));
    app.page.on('download', seen);
  });
  await app.byTestId('export-csv').click();
  const download = await moves;
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile(await download.path())).toString('utf8');
  assert.ok(csv.includes("'=HYPERLINK"), 'the formula is exported as text');
  assert.doesNotMatch(csv, /(^|[,;\t])"?=/m, 'no cell starts a formula');
  assert.equal(dialogs, 0);
});

test('after the first visit the app works offline', async () => {
  const { app, context } = env;
  await app.open();
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  await app.reload();
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  try {
    await app.reload();
    await app.loadDemo();
    assert.ok((await app.count('employees')) > 8000);
  } finally {
    await context.setOffline(false);
  }
});
