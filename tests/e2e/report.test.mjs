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
  await app.runPlan();
  await app.goTo('laporan');
  await app.byTestId('report-moves').waitFor();
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
  ]) {
    assert.ok(text.includes(heading), `the PDF has "${heading}"`);
  }
  assert.ok(pages > 3, `pages: ${pages}`);
  console.log(`report: ${pages} A4 pages for the demo plan`);
  assert.deepEqual(app.errors, []);
});
