// The point picked on the moves / F curve is the plan: the form's cap follows it, and it
// is what a saved scenario, the report and a reload hold. A cap typed in the form and
// the slider never disagree, and a ?demo link never throws the last work away.
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

const movesShown = async (app) => Number(await app.byTestId('moves-count').textContent());

/** Moves the report lists (waits until the list is drawn). */
async function reportMoves(app) {
  await app.openReport();
  return app.page.locator('[data-testid="report-move-list"] tbody tr').count();
}

test('a picked point becomes the plan: form, save, report and reload agree', async () => {
  const { app } = env;
  await app.open('');
  await app.clearStorage();
  await app.open('');
  await app.loadDemo();
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const optimum = await movesShown(app);
  const slider = app.byTestId('pareto-slider');
  const last = Number(await slider.getAttribute('max'));
  // The run's own plan (the optimum) is the curve's end, and the slider starts there.
  assert.equal(Number(await slider.inputValue()), last);
  assert.match(await app.byTestId('pareto-picked').textContent(), /rencana hasil perhitungan/);
  assert.match(await app.byTestId('plan-quality').textContent(), /terbukti optimal/i);

  const at = Math.floor(last / 3);
  await slider.fill(String(at));
  await app.page.waitForFunction((n) => Number(document.querySelector('[data-testid="moves-count"]').textContent) < n, optimum);
  const picked = await movesShown(app);
  assert.ok(picked > 0 && picked < optimum, `${picked} of ${optimum}`);
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), String(picked));
  assert.match(await app.byTestId('pareto-picked').textContent(), new RegExp(`paling banyak ${picked}`));
  assert.equal(await app.byTestId('plan-stale').count(), 0, 'the picked plan is not stale');
  assert.match(await app.byTestId('plan-quality').textContent(), /terbukti optimal/i, 'a point is proven best for its moves');

  await app.saveScenario('Pilihan kurva');
  const row = (await app.scenarioRows()).find((r) => r.name === 'Pilihan kurva');
  assert.equal(Number(row.moves.replace(/\D/g, '')), picked);
  assert.equal(await reportMoves(app), picked);

  await app.page.waitForFunction(() => /"picked_moves":\d+/.test(localStorage.getItem('seimbang.working') || ''), null, { timeout: 30000 });
  await app.reload();
  await app.page.waitForSelector('[data-testid="replan-status"][data-state="same"]', { timeout: 120000 });
  await app.goTo('penyeimbangan');
  assert.equal(await movesShown(app), picked);
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), String(picked));
  assert.equal(Number(await app.byTestId('pareto-slider').inputValue()), at);
  assert.equal(await reportMoves(app), picked);

  // Back to the curve's end: the optimum again, and no cap.
  await app.goTo('penyeimbangan');
  await app.byTestId('pareto-slider').fill(String(last));
  await app.page.waitForFunction((n) => Number(document.querySelector('[data-testid="moves-count"]').textContent) === n, optimum);
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), '');
  assert.deepEqual(app.errors, []);
});

test('a cap typed in the form is where the slider stands after the run', async () => {
  const { app } = env;
  await app.goTo('penyeimbangan');
  await app.setParam('maks_pindah', 50);
  await app.byTestId('plan-stale').waitFor();
  assert.ok(await app.byTestId('pareto-slider').isDisabled(), 'no pick from a stale curve');
  await app.runPlan();
  const moves = await movesShown(app);
  assert.ok(moves <= 50, `${moves} moves`);
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), '50');
  const slider = app.byTestId('pareto-slider');
  const at = Number(await slider.inputValue());
  assert.ok(at < Number(await slider.getAttribute('max')), 'the capped plan is not the curve end');
  assert.match(await app.byTestId('pareto-picked').textContent(), new RegExp(`^${moves} perpindahan .*rencana hasil perhitungan`));
  assert.deepEqual(app.errors, []);
});

test('a ?demo link keeps the last work and offers it back', async () => {
  const { app } = env;
  await app.page.waitForFunction(() => /"maks_pindah":50/.test(localStorage.getItem('seimbang.working') || ''), null, { timeout: 30000 });
  await app.open('?demo');
  await app.byTestId('shelved').waitFor();
  assert.match(await app.byTestId('shelved').textContent(), /masih tersimpan/);
  // Nothing has overwritten the stored work yet.
  assert.match(await app.page.evaluate(() => localStorage.getItem('seimbang.working')), /"maks_pindah":50/);
  await app.byTestId('unshelve').click();
  await app.page.waitForSelector('[data-testid="replan-status"][data-state="same"]', { timeout: 120000 });
  assert.equal(await app.byTestId('shelved').count(), 0);
  await app.goTo('penyeimbangan');
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), '50');
  assert.ok((await movesShown(app)) <= 50);
  assert.deepEqual(app.errors, []);
});
