// The balancing workbench in a real browser: run on the demo city, read the moves and
// their explanations, question one person, and see the plan go stale when a parameter
// changes.
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

test('a run on the demo shows moves with explanations and answers about a person', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const moves = Number(await app.byTestId('moves-count').textContent());
  assert.ok(moves > 50, `moves: ${moves}`);
  const before = await app.byTestId('fig-objective-before').textContent();
  const afterF = await app.byTestId('fig-objective-after').textContent();
  assert.notEqual(before, afterF, 'the objective improves');
  assert.match(await app.byTestId('plan-quality').textContent(), /Terbukti optimal/);

  const first = app.byTestId('move-row').first();
  const nip = await first.getAttribute('data-nip');
  await first.locator('[data-testid="move-why"]').click();
  const why = await app.byTestId('move-explanation').first().textContent();
  assert.match(why, /mutasi|rotasi/);
  assert.match(why, /dipilih|semua pegawai/);

  await app.byTestId('person-search').fill(nip);
  assert.match(await app.byTestId('person-verdict').first().textContent(), /Diusulkan pindah/);

  await app.byTestId('param-biaya_pindah').fill('0,3');
  await app.byTestId('param-biaya_pindah').press('Tab');
  await app.byTestId('plan-stale').waitFor();
  assert.deepEqual(app.errors, []);
});

test('the moves table pages to its last page and then stops', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const total = Number(await app.byTestId('moves-count').textContent());
  const pageSize = await app.byTestId('move-row').count();
  const pages = Math.ceil(total / pageSize);
  assert.ok(pages > 1, `moves: ${total}, rows per page: ${pageSize}`);
  assert.equal(await app.movesPage(), `Halaman 1 dari ${pages}`);
  assert.equal(await app.byTestId('moves-prev').isDisabled(), true);
  const firstNip = await app.byTestId('move-row').first().getAttribute('data-nip');
  for (let p = 2; p <= pages; p++) {
    assert.equal(await app.byTestId('moves-next').isDisabled(), false, `next on page ${p - 1}`);
    await app.byTestId('moves-next').click();
    await app.page.waitForFunction(
      (want) => document.querySelector('[data-testid="moves-page"]').textContent === want,
      `Halaman ${p} dari ${pages}`,
    );
  }
  // The last page holds the last moves, and nothing lies beyond it.
  assert.equal(await app.byTestId('move-row').count(), total - (pages - 1) * pageSize);
  assert.notEqual(await app.byTestId('move-row').first().getAttribute('data-nip'), firstNip);
  assert.equal(await app.byTestId('moves-next').isDisabled(), true);
  assert.equal(await app.byTestId('moves-prev').isDisabled(), false);
  // No label shows program text.
  const labels = await app.page.$$eval('button', (bs) => bs.map((b) => b.textContent));
  for (const label of labels) {
    assert.doesNotMatch(label, /=>|move \|\||\.get\(\)|\|\||::/, `button label: ${label}`);
  }
  await app.byTestId('lang-switch').click();
  assert.equal(await app.movesPage(), `Page ${pages} of ${pages}`);
  await app.byTestId('lang-switch').click();
  assert.deepEqual(app.errors, []);
});

test('the Pareto slider shows a plan with fewer moves', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const optimum = Number(await app.byTestId('moves-count').textContent());
  assert.ok((await app.byTestId('flow-row').count()) > 0, 'the largest flows between OPDs are listed');
  await app.byTestId('pareto-slider').fill('0');
  await app.page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="moves-count"]').textContent) < n,
    optimum,
  );
  assert.match(await app.byTestId('pareto-picked').textContent(), /^0 perpindahan .*paling banyak 0/);
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), '0');
  assert.deepEqual(app.errors, []);
});

test('the rules page follows the parameters', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.byTestId('param-min_masa_jabatan_bulan').fill('36');
  await app.byTestId('param-min_masa_jabatan_bulan').press('Tab');
  await app.goTo('aturan');
  const text = await app.byTestId('page').textContent();
  assert.match(text, /36 bulan/);
  assert.ok((await app.byTestId('rule-section').count()) >= 5);
});
