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
  // Helpers are not among the permanent movers.
  const movers = await app.page.$$eval('[data-testid="move-row"]', (rs) => rs.map((r) => r.dataset.nip));
  for (const [nip] of helpers) assert.ok(!movers.includes(nip), `${nip} helps and moves`);

  await app.openReport();
  const section = await app.byTestId('report-assignments').textContent();
  assert.match(section, /Penugasan sementara/);
  assert.ok(section.includes(helpers[0][0]), 'the helper is in the printed report');
  assert.deepEqual(app.errors, []);
});
