// One scenario, one set of numbers, as users see it: with the WKE, the BUP, the
// reference date, a need and a lock changed, Analisis, the plan's before/after table,
// the saved scenario, the printed report, its CSV and XLSX exports, and the command
// line run on the exported scenario file all show the same figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, FIXTURES } from './harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEIMBANG = join(ROOT, 'target/debug/seimbang');
const CSV = join(FIXTURES, 'small/csv');

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

/** A number as the Indonesian interface writes it ("1.234,5"). */
const num = (text) => Number(text.trim().replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));

/** The rows of a simple CSV (no quoted commas in the columns read). */
const rows = (text) => text.trim().split('\n').map((l) => l.split(','));

/** The first sheet of a workbook as [label, value] pairs (python's zipfile, no extra package). */
function firstSheet(path) {
  const py = `
import sys, zipfile, re, json
z = zipfile.ZipFile(sys.argv[1])
shared = [re.sub(r'<[^>]+>', '', s) for s in re.findall(r'<si>(.*?)</si>', z.read('xl/sharedStrings.xml').decode(), re.S)]
sheet = z.read('xl/worksheets/sheet1.xml').decode()
out = []
for row in re.findall(r'<row[^>]*>(.*?)</row>', sheet, re.S):
    cells = []
    for attrs, body in re.findall(r'<c([^>]*)>(.*?)</c>', row, re.S):
        v = re.search(r'<v>(.*?)</v>', body)
        v = v.group(1) if v else ''
        cells.append(shared[int(v)] if 't="s"' in attrs else v)
    out.append(cells)
print(json.dumps(out))`;
  return JSON.parse(execFileSync('python3', ['-c', py, path], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

test('every screen, export and the CLI agree on one scenario', async () => {
  const { app } = env;
  await app.open();
  await app.clearStorage();
  await app.open();
  const files = (await readdir(CSV)).map((f) => join(CSV, f));
  await app.uploadFiles(files);

  // A slot with a need row, and its need raised by three.
  const needRow = rows(await readFile(join(CSV, 'kebutuhan.csv'), 'utf8')).slice(1)[40];
  const [unit, , jabatan, , need] = needRow;
  const override = Number(need) + 3;

  await app.goTo('penyeimbangan');
  await app.setParam('wke_menit', 60000);
  await app.setParam('bup_default', 60);
  await app.setParam('tanggal_acuan', '01-03-2027');
  await app.page.locator('details', { has: app.byTestId('need-unit') }).locator('summary').click();
  await app.byTestId('need-unit').fill(unit);
  await app.byTestId('need-jabatan').fill(jabatan);
  await app.byTestId('need-value').fill(String(override));
  await app.byTestId('need-apply').click();
  await app.runPlan();
  const mover = await app.byTestId('move-row').first().getAttribute('data-nip');
  await app.byTestId('adjust-reason').fill('sedang menangani audit');
  await app.byTestId('move-row').first().locator('[data-testid="move-lock"]').click();
  await app.byTestId('run-button').click();
  await app.byTestId('plan-changes').waitFor({ timeout: 120000 });
  assert.equal(await app.page.locator(`[data-testid="move-row"][data-nip="${mover}"]`).count(), 0);

  const fig = async (id) => num(await app.byTestId(id).textContent());
  const shown = {
    moves: Number(await app.byTestId('moves-count').textContent()),
    kekuranganBefore: await fig('fig-kekurangan-before'),
    kekuranganAfter: await fig('fig-kekurangan-after'),
    kelebihanBefore: await fig('fig-kelebihan-before'),
    kelebihanAfter: await fig('fig-kelebihan-after'),
    fBefore: await fig('fig-objective-before'),
    fAfter: await fig('fig-objective-after'),
  };
  assert.ok(shown.moves > 0 && shown.fAfter < shown.fBefore, JSON.stringify(shown));

  // Analisis: the same figures before (the scenario's WKE and the override applied).
  await app.goTo('analisis');
  const kebutuhan = await fig('fig-kebutuhan');
  assert.equal(await fig('fig-kekurangan'), shown.kekuranganBefore);
  assert.equal(await fig('fig-kelebihan'), shown.kelebihanBefore);

  // The saved scenario.
  await app.saveScenario('Satu angka');
  const saved = (await app.scenarioRows()).find((r) => r.name === 'Satu angka');
  assert.equal(Number(saved.moves), shown.moves);
  assert.equal(num(saved.objective), shown.fAfter);

  // The printed report.
  await app.openReport();
  const report = app.byTestId('report-figures');
  assert.equal(num(await report.locator('[data-testid="fig-objective-after"]').textContent()), shown.fAfter);
  assert.equal(num(await report.locator('[data-testid="fig-kekurangan-before"]').textContent()), shown.kekuranganBefore);

  // The XLSX export's cover. (Chromium holds back a page's downloads after a burst of
  // them, so the one-file downloads go before the CSV files.)
  const close = (a, b, digits) => Math.abs(Number(a) - b) <= 0.5 * 10 ** -digits + 1e-9;
  const named = (end) => app.page.waitForEvent('download', { predicate: (d) => d.suggestedFilename().endsWith(end), timeout: 60000 });
  const [xlsx] = await Promise.all([named('.xlsx'), app.byTestId('export-xlsx').click()]);
  const sheet = new Map(firstSheet(await xlsx.path()).map(([k, v]) => [k, v]));
  const agree = (cover) => {
    assert.equal(Number(cover.get('Perpindahan diusulkan')), shown.moves);
    assert.ok(close(cover.get('Ketidakseimbangan F sebelum'), shown.fBefore, 2), cover.get('Ketidakseimbangan F sebelum'));
    assert.ok(close(cover.get('Ketidakseimbangan F sesudah'), shown.fAfter, 2));
    assert.ok(close(cover.get('Kekurangan sebelum'), shown.kekuranganBefore, 1));
    assert.ok(close(cover.get('Kekurangan sesudah'), shown.kekuranganAfter, 1));
    assert.ok(close(cover.get('Kelebihan sebelum'), shown.kelebihanBefore, 1));
    assert.ok(close(cover.get('Kelebihan sesudah'), shown.kelebihanAfter, 1));
  };
  agree(sheet);

  // The command line on the exported scenario file: the same plan and analysis.
  await app.goTo('skenario');
  const [share] = await Promise.all([
    named('.seimbang.json'),
    app.scenarioRow('Satu angka').locator('[data-testid="scenario-export"]').click(),
  ]);
  const file = await share.path();
  const out = await mkdtemp(join(tmpdir(), 'seimbang-cli-'));
  execFileSync(SEIMBANG, ['balance', '--scenario', file, '--out', join(out, 'plan.csv'), '--summary', join(out, 'summary.json')], { stdio: 'pipe' });
  const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'));
  assert.equal(summary.moves, shown.moves);
  assert.ok(close(summary.objective, shown.fAfter, 2) && close(summary.objective_before, shown.fBefore, 2), JSON.stringify(summary));
  assert.ok(!(await readFile(join(out, 'plan.csv'), 'utf8')).includes(mover), 'the lock holds on the command line too');
  execFileSync(SEIMBANG, ['analyze', '--scenario', file, '--out', join(out, 'analysis.csv')], { stdio: 'pipe' });
  const analysis = rows(await readFile(join(out, 'analysis.csv'), 'utf8'));
  const head = analysis[0];
  const col = (name) => head.indexOf(name);
  const slot = analysis.find((r) => r[col('kode_unit')] === unit && r[col('kode_jabatan')] === jabatan);
  assert.ok(Math.abs(Number(slot[col('kebutuhan')]) - override) < 1e-9, 'the override is the need on the command line');
  const total = analysis.slice(1).reduce((s, r) => s + Number(r[col('kebutuhan')]), 0);
  assert.ok(close(total, kebutuhan, 1), `need ${total} vs Analisis ${kebutuhan}`);
  // The CSV export's cover.
  await app.openReport();
  const cover = new Promise((ok) => {
    const seen = (d) => d.suggestedFilename() === 'ringkasan.csv' && (app.page.off('download', seen), ok(d));
    app.page.on('download', seen);
  });
  await app.byTestId('export-csv').click();
  const csv = new Map(rows(await readFile(await (await cover).path(), 'utf8')).map(([k, v]) => [k, v]));
  agree(csv);
  assert.equal(csv.get('Tanggal acuan'), '2027-03-01');
  assert.deepEqual(app.errors, []);
});
