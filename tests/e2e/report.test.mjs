// The decision report printed to PDF by Chromium: every section is there, on A4.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

test('the report prints to PDF with every section', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.byTestId('adjust-reason').fill('sedang menangani audit');
  await app.runPlan();
  await app.byTestId('move-lock').first().click();
  await app.runPlan();
  await app.openReport();
  await app.byTestId('report-name').fill('Usulan Mutasi 2027');
  // Every flow between OPDs is in the report (the workbench shows the largest few).
  assert.equal(await app.byTestId('flows-note').count(), 0);
  const flows = await app.byTestId('flow-row').count();
  assert.ok(flows > 12, `${flows} flows`);
  await app.page.emulateMedia({ media: 'print' });
  const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
  await app.page.emulateMedia({ media: 'screen' });
  const dir = await mkdtemp(join(tmpdir(), 'seimbang-pdf-'));
  const file = join(dir, 'laporan.pdf');
  await writeFile(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  await rm(dir, { recursive: true, force: true });
  for (const heading of [
    'Laporan keputusan penyeimbangan',
    'Sidik data',
    'Angka sebelum dan sesudah',
    'Usulan perpindahan per OPD asal',
    'Aturan dan parameter',
    'Siapa yang dipilih bila setara',
    'Kekurangan yang tersisa per jabatan',
    'Audit keadilan',
    'Penugasan sementara',
    'Penyesuaian oleh pengguna',
    'Parameter skenario',
    'Arus perpindahan antar-OPD',
  ]) {
    assert.ok(text.includes(heading), `the PDF has "${heading}"`);
  }
  // The name prints as text, parameters in words, the lock with its reason, headings
  // in words rather than column codes.
  assert.match(text, /Nama skenario: Usulan Mutasi 2027/);
  assert.match(text, /Jumlah pindah\s+(maksimal\s+)?tanpa batas/, "the value beside its label (the label may wrap)");
  assert.match(text, /dikunci di tempatnya\s+sedang menangani audit/);
  assert.doesNotMatch(text, /kode_jabatan|bezetting_sesudah|porsi_dipindah/);
  assert.ok(pages > 3, `pages: ${pages}`);
  console.log(`report: ${pages} A4 pages for the demo plan`);
  assert.deepEqual(app.errors, []);
});

test('the report downloads as XLSX with the moves, NIPs kept as text', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const moves = Number(await app.byTestId('moves-count').textContent());
  await app.goTo('laporan');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('export-xlsx').click()]);
  assert.equal(download.suggestedFilename(), 'seimbang-laporan.xlsx');
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a zip (XLSX) file');
  const sheets = execFileSync('python3', ['-c', 'import sys,zipfile,re; print(" ".join(re.findall(r\'<sheet name="([^"]+)"\', zipfile.ZipFile(sys.argv[1]).read("xl/workbook.xml").decode())))', path], { encoding: 'utf8' }).trim().split(' ');
  assert.deepEqual(sheets.slice(0, 7), ['ringkasan', 'usulan_mutasi', 'permintaan_pindah', 'pindah_sementara', 'penugasan_sementara', 'kebutuhan_sementara', 'arus_antar_opd']);
  assert.deepEqual(sheets.slice(-3), ['parameter', 'aturan', 'penyesuaian']);
  const strings = execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())', path], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.ok(strings.includes('Kode jabatan asal') && !strings.includes('kode_jabatan_asal'), 'headings in words');
  assert.ok(moves > 0);
  const [template] = await Promise.all([
    app.page.waitForEvent('download'),
    (async () => {
      await app.goTo('data');
      await app.byTestId('download-template').click();
    })(),
  ]);
  assert.equal(template.suggestedFilename(), 'seimbang-templat.xlsx');
  assert.deepEqual(app.errors, []);
});
