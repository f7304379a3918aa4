// A workbook as offices really hand it over (title above the header, NIPs turned into
// numbers by Excel, SIMPEG's status and month spellings, a JUMLAH row, two jabatan
// without need rows) goes through the Data page: it is accepted, nobody is lost from
// the count, the people outside the model are grouped per unit and jabatan, and the
// missing need rows download as a file that imports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, FIXTURES } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

test('a messy workbook imports with every person counted and the outsiders grouped', async () => {
  const { app } = env;
  const expected = JSON.parse(await readFile(`${FIXTURES}/messy/messy.json`, 'utf8'));
  await app.open();
  await app.uploadFiles([`${FIXTURES}/messy/messy.xlsx`]);
  assert.equal(await app.byTestId('import-status').textContent(), 'Data diterima');
  const figure = async (id) => Number((await app.byTestId(id).textContent()).replace(/\D/g, ''));
  assert.equal(await figure('summary-read'), expected.employees);
  assert.equal(await figure('summary-in-model'), expected.employees - expected.outside_employees);
  assert.equal(await figure('summary-outside'), expected.outside_employees);
  assert.equal(await figure('summary-immovable'), expected.immovable);
  assert.equal(await figure('summary-skipped'), expected.skipped);
  assert.equal(await app.count('employees'), expected.employees, 'the data summary counts everyone');

  // One row per (unit, jabatan) outside the model, counts adding up, names shown.
  const rows = app.byTestId('outside-row');
  assert.equal(await rows.count(), expected.outside_slots);
  const counts = (await app.byTestId('outside-count').allTextContents()).map(Number);
  assert.equal(counts.reduce((a, b) => a + b, 0), expected.outside_employees);
  assert.match(await rows.first().textContent(), /[A-Za-z]{4,}/);

  // The warnings name the header row and a NIP Excel destroyed, in Indonesian.
  const messages = await app.byTestId('diag-message').allTextContents();
  assert.ok(messages.some((m) => /Judul kolom ditemukan/.test(m)), 'the header row is reported');
  assert.ok(messages.some((m) => /tetap dihitung di slotnya/.test(m)), 'immovable people are explained');

  // The missing need rows download as a kebutuhan CSV with every outside slot.
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.byTestId('download-missing-needs').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'kebutuhan_belum_ada.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\n');
  assert.equal(lines[0], 'kode_unit,nama_unit,kode_jabatan,nama_jabatan,kebutuhan,bezetting');
  assert.equal(lines.length - 1, expected.outside_slots);

  // In English the same summary reads in English.
  await app.byTestId('lang-switch').click();
  assert.match(await app.byTestId('import-summary').textContent(), /outside the model/);
  await app.byTestId('lang-switch').click();
  assert.deepEqual(app.errors, []);
});
