// Adjusting a plan in the browser: lock a person who was moving and re-run (they stay,
// the figures update, the change is reported), and force a move the rules forbid (it is
// refused with the rule named).
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

test('a locked mover stays after a re-run; an illegal forced move is refused', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const movable = async () => Number((await app.byTestId('fig-movable-before').textContent()).replace(/\D/g, ''));
  const movableBefore = await movable();
  const first = app.byTestId('move-row').first();
  const nip = await first.getAttribute('data-nip');

  await app.byTestId('adjust-reason').fill('sedang menangani proyek prioritas');
  await first.locator('[data-testid="move-lock"]').click();
  await app.byTestId('plan-stale').waitFor();
  assert.equal(await app.byTestId('adjustment').count(), 1);
  assert.match(await app.byTestId('adjustment').textContent(), /proyek prioritas/);

  await app.byTestId('run-button').click();
  await app.byTestId('plan-changes').waitFor();
  assert.equal(await app.byTestId('plan-stale').count(), 0);
  assert.equal(await app.page.locator(`[data-testid="move-row"][data-nip="${nip}"]`).count(), 0, 'the locked person no longer moves');
  assert.equal(await movable(), movableBefore - 1, 'the figures follow: one fewer movable employee');

  await app.byTestId('person-search').fill(nip);
  const verdict = await app.byTestId('person-verdict').first().textContent();
  assert.match(verdict, /Tetap di tempat/);
  assert.match(verdict, /dikunci oleh pengguna/);

  await app.byTestId('force-apply').first().click();
  const refusal = await app.byTestId('force-refusal').textContent();
  assert.match(refusal, /Ditolak/);
  assert.match(refusal, /dikunci oleh pengguna/);
  assert.equal(await app.byTestId('adjustment').count(), 1, 'nothing was added');
  assert.deepEqual(app.errors, []);
});
