// Temporary assignments in the product: the demo city carries a temporary need (Dinas
// Sosial's assistance programme, short of administrators); after a run the workbench
// shows who is lent from which office for the period, apart from the permanent moves,
// and the printed report carries the same.
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

/** The rows of an engine table drawn on the page, as arrays of cell texts. */
async function rows(app, scope, name) {
  return app.page.$$eval(`${scope} [data-testid="table-${name}"] tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
  );
}

test('the demo programme gets helpers from other offices, in the workbench and the report', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const panel = app.byTestId('temporary-assignments');
  await panel.waitFor();
  const needs = await rows(app, '[data-testid="temporary-assignments"]', 'kebutuhan_sementara');
  assert.equal(needs.length, 1);
  const [unit, what, , , asked, assigned] = needs[0];
  assert.match(unit, /Perlindungan dan Jaminan Sosial/);
  assert.equal(what, 'Program bantuan sosial enam bulan');
  assert.equal(asked, '3,00');
  const helpers = await rows(app, '[data-testid="temporary-assignments"]', 'penugasan_sementara');
  assert.equal(String(helpers.length), assigned);
  assert.ok(helpers.length > 0, 'someone is lent');
  assert.deepEqual(needs[0].slice(2, 4), ['1 Maret 2026', '31 Agustus 2026']);
  for (const [nip, , from, at, until] of helpers) {
    assert.match(nip, /^\d{18}$/);
    assert.doesNotMatch(from, /Jaminan Sosial/, 'helpers come from other offices');
    assert.match(at, /Perlindungan dan Jaminan Sosial/);
    assert.equal(until, '31 Agustus 2026');
  }
  // The timeline says how much of the programme is covered.
  const bar = await app.byTestId('need-bar').textContent();
  assert.match(bar, new RegExp(`Perlindungan dan Jaminan Sosial: ${assigned} / 3`));
  // The person query says where a helper helps, and until when.
  await app.byTestId('person-search').fill(helpers[0][0]);
  assert.match(await app.byTestId('person-helps').textContent(), /Membantu sementara di .*Jaminan Sosial: penugasan sementara 1 Maret 2026 sampai 31 Agustus 2026/);
  // Helpers are not among the permanent movers.
  const movers = await app.page.$$eval('[data-testid="move-row"]', (rs) => rs.map((r) => r.dataset.nip));
  for (const [nip] of helpers) assert.ok(!movers.includes(nip), `${nip} helps and moves`);

  await app.openReport();
  const section = await app.byTestId('report-assignments').textContent();
  assert.match(section, /Penugasan sementara/);
  assert.ok(section.includes(helpers[0][0]), 'the helper is in the printed report');
  assert.deepEqual(app.errors, []);
});

test('a workshop replaces the programme with a need of its own, checked before it is added', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.byTestId('temporary-needs').locator('summary').click();
  const data = (await app.byTestId('tneed-data').textContent()).trim();
  const [, unit, jabatan] = data.match(/^(\S+) — .*\(([^;]+);/);
  await app.byTestId('adjust-reason').fill('program diganti');
  await app.byTestId('tneed-remove-data').click();
  // A unit that is not in the data is refused, in words.
  await app.byTestId('tneed-unit').fill('9.99.9999');
  await app.byTestId('tneed-jabatan').fill(jabatan);
  await app.byTestId('tneed-extra').fill('2');
  await app.byTestId('tneed-from').fill('01-05-2026');
  await app.byTestId('tneed-until').fill('31-10-2026');
  await app.byTestId('tneed-note').fill('Survei data terpadu');
  await app.byTestId('tneed-add').click();
  assert.match(await app.byTestId('tneed-error').textContent(), /tidak ada di data/);
  await app.byTestId('tneed-unit').fill(unit);
  await app.byTestId('tneed-add').click();
  assert.equal(await app.byTestId('tneed-error').count(), 0);
  // Changed: taken back into the form, three instead of two, added again.
  await app.byTestId('tneed-change-added').click();
  assert.equal(await app.byTestId('tneed-unit').inputValue(), unit);
  assert.equal(await app.byTestId('tneed-from').inputValue(), '01-05-2026');
  await app.byTestId('tneed-extra').fill('3');
  await app.byTestId('tneed-add').click();
  assert.equal(await app.byTestId('tneed-added').count(), 1);
  const log = await app.page.$$eval('[data-testid="adjustment"]', (li) => li.map((l) => l.textContent));
  assert.ok(log.some((l) => /butuh bantuan sementara 3 pegawai, 1 Mei 2026 – 31 Oktober 2026/.test(l)), log.join('\n'));
  assert.ok(log.some((l) => /kebutuhan sementara dari data dihapus.*program diganti/.test(l)), log.join('\n'));
  await app.runPlan();
  const needs = await rows(app, '[data-testid="temporary-assignments"]', 'kebutuhan_sementara');
  assert.equal(needs.length, 1, 'the data\'s programme is out, the workshop\'s is in');
  assert.equal(needs[0][1], 'Survei data terpadu');
  assert.deepEqual(needs[0].slice(2, 5), ['1 Mei 2026', '31 Oktober 2026', '3,00']);
  const helpers = await rows(app, '[data-testid="temporary-assignments"]', 'penugasan_sementara');
  for (const h of helpers) assert.equal(h[4], '31 Oktober 2026');
  // Saved with the scenario: opened again after a reload, it brings the need back.
  await app.saveScenario('Survei');
  await app.reload();
  await app.goTo('skenario');
  await app.scenarioRow('Survei').locator('[data-testid="scenario-open"]').click();
  await app.page.waitForFunction(() => /dibuka/.test(document.querySelector('[data-testid="scenario-message"]')?.textContent || ''));
  await app.goTo('penyeimbangan');
  const reopened = await app.page.$$eval('[data-testid="adjustment"]', (li) => li.map((l) => l.textContent));
  assert.ok(reopened.some((l) => /Survei data terpadu/.test(l)), reopened.join('\n'));
  await app.runPlan();
  const again = await rows(app, '[data-testid="temporary-assignments"]', 'kebutuhan_sementara');
  assert.equal(again[0][1], 'Survei data terpadu');
  assert.deepEqual(app.errors, []);
});

test('a helper kept home is replaced, a mover sent to help is refused with its rule', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const scope = '[data-testid="temporary-assignments"]';
  const [first] = await rows(app, scope, 'penugasan_sementara');
  const helper = first[0];
  await app.byTestId('person-search').fill(helper);
  await app.page.locator(`[data-testid="person-answer"][data-nip="${helper}"] [data-testid="person-keep-home"]`).click();
  // Someone who moves for good cannot help.
  const mover = await app.byTestId('move-row').first().getAttribute('data-nip');
  await app.byTestId('person-search').fill(mover);
  await app.page.locator(`[data-testid="person-answer"][data-nip="${mover}"] [data-testid="help-apply"]`).click();
  const log = await app.page.$$eval('[data-testid="adjustment"]', (li) => li.map((l) => l.textContent));
  assert.ok(log.some((l) => l.includes(helper) && /tidak ditugaskan sementara/.test(l)), log.join('\n'));
  assert.ok(log.some((l) => l.includes(mover) && /wajib membantu sementara di/.test(l)), log.join('\n'));
  await app.runPlan();
  const after = await rows(app, scope, 'penugasan_sementara');
  assert.ok(after.every((r) => r[0] !== helper), 'the helper kept home is not lent');
  assert.ok(after.every((r) => r[0] !== mover), 'a mover is never lent');
  assert.match(await app.byTestId('refused-help').textContent(), /dipindah tetap dalam rencana/);
  assert.deepEqual(app.errors, []);
});
