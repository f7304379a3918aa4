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

  const name = (await first.locator('.person-name').textContent()).trim();
  await app.byTestId('adjust-reason').fill('sedang menangani proyek prioritas');
  await first.locator('[data-testid="move-lock"]').click();
  await app.byTestId('plan-stale').waitFor();
  assert.equal(await app.byTestId('adjustment').count(), 1);
  const entry = await app.byTestId('adjustment').textContent();
  assert.match(entry, /proyek prioritas/);
  // The entry names the person (then the NIP), and the reason labels this edit only.
  assert.ok(entry.startsWith(`${name} (${nip})`), entry);
  assert.match(entry, /dikunci di tempatnya/);
  assert.equal(await app.byTestId('adjust-reason').inputValue(), '', 'the reason does not stick');

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

test('adjustments read as the office writes and say what is wrong with an edit', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const row = app.byTestId('move-row').nth(1);
  const nip = await row.getAttribute('data-nip');

  // A forbidden move names the person first, then the target by jabatan and unit.
  await row.locator('[data-testid="move-forbid"]').click();
  const forbid = await app.byTestId('adjustment').last().textContent();
  assert.match(forbid, new RegExp(`\\(${nip}\\) — dilarang pindah ke [A-Z][a-z]`));
  assert.doesNotMatch(forbid, /dilarang pindah ke \d/, 'no codes as the destination');

  // "Sementara" without an end date says so instead of doing nothing.
  await app.byTestId('adjust-until').fill('');
  const before = await app.byTestId('adjustment').count();
  await app.byTestId('move-row').nth(2).locator('[data-testid="move-temporary"]').click();
  assert.match(await app.byTestId('adjust-notice').textContent(), /tanggal selesai/);
  assert.equal(await app.byTestId('adjustment').count(), before);
  await app.byTestId('adjust-until').fill('31-12-2027');
  await app.byTestId('move-row').nth(2).locator('[data-testid="move-temporary"]').click();
  assert.equal(await app.byTestId('adjustment').count(), before + 1);
  assert.match(await app.byTestId('adjustment').last().textContent(), /sampai 31 Desember 2027/);

  // A need for a slot that does not exist, or a need that is not a number, is refused
  // at once, with the reason.
  await app.page.locator('details', { has: app.byTestId('need-unit') }).locator('summary').click();
  await app.byTestId('need-unit').fill('TIDAK-ADA');
  await app.byTestId('need-jabatan').fill('X');
  await app.byTestId('need-value').fill('2');
  await app.byTestId('need-apply').click();
  assert.match(await app.byTestId('need-error').textContent(), /tidak punya baris kebutuhan/);
  assert.equal(await app.byTestId('adjustment').count(), before + 1, 'nothing was added');

  // Parameters: negative months and text are refused with a message, the value in force
  // stays, and the rules page never shows a negative month.
  const months = app.byTestId('param-min_masa_jabatan_bulan');
  await months.fill('-5');
  await months.press('Tab');
  assert.match(await app.byTestId('param-error-min_masa_jabatan_bulan').textContent(), /tidak dapat dipakai/);
  assert.equal(await months.inputValue(), '24');
  const bup = app.byTestId('param-bup_default');
  await bup.fill('abc');
  await bup.press('Tab');
  assert.match(await app.byTestId('param-error-bup_default').textContent(), /«abc»/);
  assert.equal(await bup.inputValue(), '58');
  await app.goTo('aturan');
  assert.doesNotMatch(await app.page.locator('main').textContent(), /-\d+ bulan/);
  assert.deepEqual(app.errors, []);
});
