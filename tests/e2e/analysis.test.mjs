// Import and analysis in a real browser: an XLSX workbook goes in and the analysis
// appears; a broken file is refused with row-numbered errors while the earlier data
// stays; the drill-down table opens, searches and sorts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, FIXTURES } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

test('an XLSX workbook is imported and analysed; a broken file leaves it in place', async () => {
  const { app } = env;
  await app.open();
  await app.uploadFiles([`${FIXTURES}/small/demo.xlsx`]);
  assert.equal(await app.byTestId('import-status').textContent(), 'Data diterima');
  const employees = await app.count('employees');
  assert.ok(employees > 1500, `employees: ${employees}`);
  assert.match(await app.byTestId('data-source').textContent(), /demo\.xlsx/);

  await app.goTo('analisis');
  assert.ok((await app.byTestId('analysis-row').count()) >= 5, 'one row per OPD');
  assert.equal(await app.page.locator('canvas[data-testid^="chart-"]').count(), 4);

  const pegawai = [
    'nip,nama,kode_unit,kode_jabatan,nama_jabatan,tmt_jabatan',
    '198001012005011001,Ani,U1,J1,Analis,2019-01-01',
    '198001012005011001,Budi,U1,J1,Analis,2019-01-01',
  ].join('\n');
  const kebutuhan = 'kode_unit,kode_jabatan,kebutuhan\nU1,J1,2\n';
  await app.goTo('data');
  await app.uploadBuffers([
    { name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(pegawai) },
    { name: 'kebutuhan.csv', mimeType: 'text/csv', buffer: Buffer.from(kebutuhan) },
  ], /Impor ditolak/);
  assert.match(await app.byTestId('import-status').textContent(), /Impor ditolak/);
  const locations = await app.byTestId('diag-location').allTextContents();
  assert.ok(locations.some((l) => /baris 3/.test(l) && /NIP/i.test(l)), locations.join(' | '));
  assert.equal(await app.count('employees'), employees, 'the earlier data stays');
  assert.match(await app.byTestId('data-source').textContent(), /demo\.xlsx/);
  assert.deepEqual(app.errors, []);
});

test('the drill-down table opens, searches and sorts', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('analisis');
  const rows = app.byTestId('analysis-row');
  const opds = await rows.count();
  assert.ok(opds >= 35, `OPD rows: ${opds}`);
  await rows.first().locator('button.expander').click();
  assert.ok((await rows.count()) > opds, 'units appear under the opened OPD');
  await app.byTestId('analysis-search').fill('puskesmas');
  const texts = await rows.allTextContents();
  assert.ok(texts.length > 0 && texts.some((t) => /Puskesmas/i.test(t)), 'search finds the puskesmas');
  await app.byTestId('analysis-search').fill('');
  await app.byTestId('analysis-sort').selectOption('kekurangan');
  const first = await rows.first().getAttribute('data-key');
  assert.ok(first.length > 1);
  assert.deepEqual(app.errors, []);
});
