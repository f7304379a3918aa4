// PP 11/2017 article 190 in the product: a konflik table beside SIASN-style files bars
// a person from units (the plan never moves them there, the person query names them,
// the report counts what each conflict removed without the person), the rotation-due
// limit is counted on Analisis, and one workbook with the konflik and syarat_jabatan
// sheets and volunteers' requests is planned with the suggested request factor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, FIXTURES } from './harness.mjs';

const CSV = join(FIXTURES, 'small', 'csv');
let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

async function demoFiles() {
  const names = (await readdir(CSV)).filter((n) => n.endsWith('.csv'));
  return Promise.all(
    names.map(async (name) => ({ name, mimeType: 'text/csv', buffer: await readFile(join(CSV, name)) })),
  );
}

/** A CSV fixture's values in one column (the header left out). */
async function column(file, index) {
  return (await readFile(join(CSV, file), 'utf8'))
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[index]);
}

/** The demo's files as uploaded, and the first person the plan moves. */
async function firstMover(app) {
  await app.open('');
  await app.goTo('data');
  const files = await demoFiles();
  await app.uploadBuffers(files, /./);
  await app.goTo('penyeimbangan');
  await app.runPlan();
  return { files, mover: await app.byTestId('move-row').first().getAttribute('data-nip') };
}

/** Plan again on a fresh page with one more table beside the files, and ask about
 * `mover` (a fresh page: the first upload's import report would satisfy the wait). */
async function planWith(app, files, name, text, mover) {
  await app.reload();
  await app.goTo('data');
  await app.uploadBuffers([...files, { name, mimeType: 'text/csv', buffer: Buffer.from(text) }], /./);
  await app.goTo('penyeimbangan');
  await app.runPlan();
  await app.byTestId('person-search').fill(mover);
}

test('a conflict of interest keeps a mover out of every unit it names', async () => {
  const { app } = env;
  const { files, mover } = await firstMover(app);
  // Bar them from every unit but their own (the unit table lists them all).
  const units = await column('unit.csv', 0);
  const konflik = ['nip;kode_unit;alasan', ...units.map((u) => `'${mover};${u};kerabat pimpinan`)].join('\n');
  await planWith(app, files, 'konflik.csv', konflik, mover);
  assert.doesNotMatch(await app.byTestId('person-verdict').first().textContent(), /Diusulkan pindah/);
  const line = await app.byTestId('person-conflicts').first().textContent();
  assert.match(line, /konflik kepentingan/);
  assert.match(line, /Sekretariat Dinas Pendidikan/);

  await app.openReport();
  const section = await app.byTestId('report-conflicts').textContent();
  assert.match(section, /Konflik kepentingan/);
  assert.doesNotMatch(section, new RegExp(mover));
  assert.doesNotMatch(section, /kerabat/);

  // Rotation due is counted on Analisis.
  await app.goTo('analisis');
  const due = await app.page.$$eval('[data-testid="analysis-due"]', (cells) =>
    cells.reduce((n, c) => n + Number(c.textContent.replace(/\D/g, '') || 0), 0),
  );
  assert.ok(due > 0, 'people due for rotation are counted');
  assert.deepEqual(app.errors, []);
});

test('a position requirement keeps people out of a jabatan and the person query says which', async () => {
  const { app } = env;
  const { files, mover } = await firstMover(app);
  // Every jabatan asks for grade I/a at most, in SIASN's words: nobody qualifies.
  const jabatan = new Set(await column('kebutuhan.csv', 2));
  const syarat = [
    'kode_jabatan;Pendidikan Minimal;Golongan Minimal;Golongan Maksimal',
    ...[...jabatan].map((j) => `${j};SLTA;;Juru Muda, I/a`),
  ].join('\n');
  await planWith(app, files, 'syarat_jabatan.csv', syarat, mover);
  assert.doesNotMatch(await app.byTestId('person-verdict').first().textContent(), /Diusulkan pindah/);
  const line = await app.byTestId('person-requirements').first().textContent();
  assert.match(line, /Syarat jabatan tidak terpenuhi/);
  assert.match(line, /golongan paling tinggi I\/a/);
  assert.deepEqual(app.errors, []);
});

test('a workbook with the article 190 sheets: conflicts, requirements and requests in the plan', async () => {
  const { app } = env;
  const dir = join(FIXTURES, 'article190');
  const expected = JSON.parse(await readFile(join(dir, 'article190.json'), 'utf8'));
  await app.open('');
  await app.uploadFiles([join(dir, 'article190.xlsx')]);
  await app.goTo('penyeimbangan');
  await app.setParam('tanggal_acuan', expected.reference);
  // The form offers the regulation's value with its source; taking it hides the offer.
  const offer = app.byTestId('param-suggested-faktor_tujuan_usulan');
  assert.match(await offer.textContent(), /Disarankan: 0,5, PP 11\/2017 pasal 190/);
  await app.byTestId('param-use-suggested-faktor_tujuan_usulan').click();
  assert.equal(await app.byTestId('param-faktor_tujuan_usulan').inputValue(), '0.5');
  assert.equal(await app.byTestId('param-use-suggested-faktor_tujuan_usulan').isHidden(), true);
  await app.runPlan();

  const summary = await app.byTestId('requests-summary').textContent();
  assert.match(summary, new RegExp(`${expected.requests} pegawai sukarela meminta unit tertentu`));
  assert.match(summary, new RegExp(`dikabulkan: ${expected.granted}`));

  const ask = async (nip) => {
    await app.byTestId('person-search').fill(nip);
    return app.page.locator(`[data-testid="person-answer"][data-nip="${nip}"]`);
  };
  let answer = await ask(expected.granted_nip);
  assert.match(await answer.getByTestId('person-verdict').textContent(), /unit yang dimintanya sendiri/);
  assert.equal(
    (await answer.getByTestId('person-request').textContent()).trim(),
    `Meminta pindah ke ${expected.granted_unit}: dikabulkan`,
  );
  answer = await ask(expected.refused_nip);
  assert.match(await answer.getByTestId('person-request').textContent(), new RegExp(escape(expected.refused_id)));
  answer = await ask(expected.barred_nip);
  assert.doesNotMatch(await answer.getByTestId('person-verdict').textContent(), /Diusulkan pindah/);
  assert.match(await answer.getByTestId('person-conflicts').textContent(), new RegExp(escape(expected.barred_unit)));
  answer = await ask(expected.requirement_nip);
  const requirement = await answer.getByTestId('person-requirements').textContent();
  assert.match(requirement, new RegExp(`${escape(expected.requirement_jabatan)} \\(golongan paling tinggi I/a`));

  await app.byTestId('lang-switch').click();
  await app.page.waitForFunction(() => document.documentElement.lang === 'en');
  answer = await ask(expected.granted_nip);
  assert.match(await answer.getByTestId('person-request').textContent(), /Asked to move to .*: granted/);
  await app.byTestId('lang-switch').click();
  await app.page.waitForFunction(() => document.documentElement.lang === 'id');

  await app.openReport();
  const requests = await app.byTestId('report-requests').textContent();
  assert.match(requests, /Permintaan pindah pegawai sukarela/);
  assert.match(requests, new RegExp(expected.granted_nip));
  assert.deepEqual(app.errors, []);
});

/** `text` as a regular expression matching itself. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
