// Scenarios in a real browser: saved ones survive a reload with their figures, two are
// compared, one travels as a file and comes back with the identical plan, a full
// storage refuses a save without losing anything, and a damaged entry is set aside.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env.close();
});

/** Run the demo with maks_pindah = `cap` (empty: none) and save it as `name`. */
async function runAndSave(app, name, cap) {
  await app.goTo('penyeimbangan');
  await app.setParam('maks_pindah', cap);
  await app.runPlan();
  const moves = Number(await app.byTestId('moves-count').textContent());
  await app.saveScenario(name, `maks_pindah ${cap}`);
  assert.match(await app.byTestId('scenario-message').textContent(), /Skenario tersimpan/);
  return moves;
}

/** The share file the export test downloaded (the refusal test changes it). */
let exported;

test('two saved scenarios survive a reload and compare', async () => {
  const { app } = env;
  await app.open('?demo');
  await app.clearStorage();
  await app.open('?demo');
  const movesA = await runAndSave(app, 'Batas 40', 40);
  const movesB = await runAndSave(app, 'Tanpa batas', '');
  assert.equal(movesA, 40);
  assert.ok(movesB > movesA, `${movesB} > ${movesA}`);

  await app.reload();
  await app.goTo('skenario');
  const rows = await app.scenarioRows();
  assert.deepEqual(rows.map((r) => r.name), ['Batas 40', 'Tanpa batas']);
  assert.equal(rows[0].moves, '40');
  assert.equal(Number(rows[1].moves.replace(/\D/g, '')), movesB);
  for (const r of rows) {
    assert.match(r.objective, /\d/);
    assert.match(r.balanced, /%/);
    assert.match(r.date, /^\d{4}-\d\d-\d\d/);
  }

  const ids = await app.page.$$eval('[data-testid="compare-a"] option', (os) => os.map((o) => o.value).filter(Boolean));
  await app.byTestId('compare-a').selectOption(ids[0]);
  await app.byTestId('compare-b').selectOption(ids[1]);
  await app.byTestId('compare-figures').waitFor();
  assert.equal(await app.byTestId('cmp-moves-delta').textContent(), `+${movesB - 40}`);
  assert.match(await app.byTestId('cmp-temporary').textContent(), /Penugasan sementara\s*[1-9]\d*\s*[1-9]/, 'both plans lend helpers to the demo programme');
  assert.ok((await app.byTestId('compare-opd-row').count()) > 0);
  const onlyB = Number(await app.byTestId('diff-only-b-count').textContent());
  const onlyA = Number(await app.byTestId('diff-only-a-count').textContent());
  const changed = Number(await app.byTestId('diff-changed-count').textContent());
  const same = Number(await app.byTestId('diff-same-count').textContent());
  assert.equal(onlyA + changed + same, 40);
  assert.equal(onlyB + changed + same, movesB);
  assert.ok(onlyB > 0);
  assert.deepEqual(app.errors, []);
});

test('open, rename, duplicate, delete and undo', async () => {
  const { app } = env;
  await app.goTo('skenario');
  await app.scenarioRow('Batas 40').locator('[data-testid="scenario-open"]').click();
  await app.page.waitForFunction(() => /dibuka/.test(document.querySelector('[data-testid="scenario-message"]')?.textContent || ''));
  await app.goTo('penyeimbangan');
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), '40');
  await app.goTo('skenario');
  await app.scenarioRow('Batas 40').locator('[data-testid="scenario-duplicate"]').click();
  await app.scenarioRow('Batas 40 (salinan)').waitFor();
  await app.scenarioRow('Batas 40 (salinan)').locator('[data-testid="scenario-rename"]').click();
  await app.byTestId('scenario-rename-input').fill('Salinan');
  await app.byTestId('scenario-rename-ok').click();
  await app.scenarioRow('Salinan').waitFor();
  await app.scenarioRow('Salinan').locator('[data-testid="scenario-delete"]').click();
  await app.byTestId('undo-toast').waitFor();
  assert.equal(await app.scenarioRow('Salinan').count(), 0);
  await app.byTestId('undo-button').click();
  await app.scenarioRow('Salinan').waitFor();
  await app.scenarioRow('Salinan').locator('[data-testid="scenario-delete"]').click();
  await app.reload();
  await app.goTo('skenario');
  assert.deepEqual((await app.scenarioRows()).map((r) => r.name), ['Batas 40', 'Tanpa batas']);
  assert.deepEqual(app.errors, []);
});

test('an exported scenario comes back with the identical plan on a cleared browser', async () => {
  const { app, context } = env;
  await app.goTo('skenario');
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.scenarioRow('Batas 40').locator('[data-testid="scenario-export"]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'Batas-40.seimbang.json');
  const file = await download.path();
  const shared = JSON.parse(await readFile(file, 'utf8'));
  exported = shared;
  assert.equal(shared.kind, 'seimbang-scenario');
  assert.equal(shared.scenario.moves.length, 40);
  const sizes = {
    file: (await readFile(file)).length,
    dataset: JSON.stringify(shared.dataset).length,
    scenario: JSON.stringify(shared.scenario).length,
  };

  await context.clearCookies();
  await app.clearStorage();
  await app.open('');
  await app.goTo('skenario');
  await app.byTestId('scenario-none').waitFor();
  // A damaged share file says what it is not, in the user's words, not the parser's.
  await app.byTestId('scenario-import-input').setInputFiles({
    name: 'rusak.seimbang.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind":"seimbang-scenario"}'),
  });
  const damaged = await app.byTestId('scenario-message').textContent();
  assert.match(damaged, /bukan berkas skenario Seimbang/);
  assert.doesNotMatch(damaged, /missing field|line \d+ column/);
  // The longest gap between two frames while the file goes in: the page's thread at work.
  await app.page.evaluate(() => {
    window.__gap = 0;
    let last = performance.now();
    const tick = (t) => {
      window.__gap = Math.max(window.__gap, t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const importStarted = Date.now();
  await app.byTestId('scenario-import-input').setInputFiles(file);
  await app.byTestId('import-verdict').waitFor({ timeout: 120000 });
  const importMs = Date.now() - importStarted;
  const frameGap = await app.page.evaluate(() => {
    window.__stop = true;
    return Math.round(window.__gap);
  });
  assert.match(await app.byTestId('import-verdict').textContent(), /identik/);
  assert.deepEqual((await app.scenarioRows()).map((r) => r.name), ['Batas 40']);
  await app.goTo('penyeimbangan');
  assert.equal(Number(await app.byTestId('moves-count').textContent()), 40);
  const stored = await app.page.evaluate(async () => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open('seimbang');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const keys = await new Promise((ok) => {
      const r = db.transaction('datasets').objectStore('datasets').getAllKeys();
      r.onsuccess = () => ok(r.result);
    });
    const value = await new Promise((ok) => {
      const r = db.transaction('datasets').objectStore('datasets').get(keys[0]);
      r.onsuccess = () => ok(r.result);
    });
    const entry = Object.keys(localStorage).find((k) => k.startsWith('seimbang.scenario.'));
    return { keys, dataset: value.length, scenario: localStorage.getItem(entry).length };
  });
  assert.equal(stored.keys.length, 1);
  console.log(`# sizes (bytes): stored dataset ${stored.dataset}, stored scenario ${stored.scenario}, share file ${sizes.file}`);
  console.log(`# share file in (read, stored and solved in the worker, checked): ${importMs} ms, longest frame gap ${frameGap} ms`);

  assert.deepEqual(app.errors, []);
});

test('a full storage refuses a save with a clear message and loses nothing', async () => {
  const { app } = env;
  await app.goTo('skenario');
  const before = await app.scenarioRows();
  // Fill local storage to the last few bytes: the largest pieces that still fit, halving.
  await app.page.evaluate(() => {
    let i = 0;
    for (let n = 256 * 1024; n >= 8; n = Math.floor(n / 2)) {
      const piece = 'x'.repeat(n);
      for (;;) {
        try {
          localStorage.setItem(`junk.${i++}`, piece);
        } catch {
          break;
        }
      }
    }
  });
  await app.saveScenario('Tidak muat');
  assert.match(await app.byTestId('scenario-message').textContent(), /Penyimpanan peramban penuh/);
  assert.deepEqual(await app.scenarioRows(), before);
  await app.reload();
  await app.goTo('skenario');
  assert.deepEqual(await app.scenarioRows(), before);
  await app.page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('junk.')) localStorage.removeItem(k);
  });
});

test('a damaged entry is reported and the others still load', async () => {
  const { app } = env;
  await app.page.evaluate(() => {
    localStorage.setItem('seimbang.scenario.rusak1', '{"version":1,"id":"rusak1",');
  });
  await app.reload();
  await app.goTo('skenario');
  assert.deepEqual((await app.scenarioRows()).map((r) => r.name), ['Batas 40']);
  const broken = app.byTestId('scenario-broken-entry');
  assert.equal(await broken.count(), 1);
  assert.equal(await broken.getAttribute('data-key'), 'seimbang.scenario.rusak1');
  assert.match(await broken.textContent(), /rusak/);
});

test('the working state survives a reload', async () => {
  const { app } = env;
  await app.clearStorage();
  await app.open('');
  await app.loadDemo();
  await app.goTo('penyeimbangan');
  await app.setParam('maks_pindah', 33);
  await app.page.waitForFunction(() => /"maks_pindah":33/.test(localStorage.getItem('seimbang.working') || ''), null, { timeout: 30000 });
  await app.reload();
  await app.byTestId('data-summary').waitFor({ timeout: 60000 });
  await app.goTo('penyeimbangan');
  assert.equal(await app.byTestId('param-maks_pindah').inputValue(), '33');
  assert.deepEqual(app.errors, []);
});

test('a share file of a newer app, or with parameters the engine refuses, says why in words', async () => {
  const { app } = env;
  const shared = exported;
  assert.ok(shared, 'the export test ran first');
  await app.clearStorage();
  await app.open('');
  await app.goTo('skenario');
  // A file of a newer app says so; nothing is stored.
  const newer = { ...shared, version: 9 };
  await app.byTestId('scenario-import-input').setInputFiles({
    name: 'baru.seimbang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(newer)),
  });
  await app.page.waitForFunction(() =>
    /lebih baru/.test(document.querySelector('[data-testid="scenario-message"]')?.textContent || ''));
  assert.deepEqual(await app.scenarioRows(), []);

  // Parameters a later engine would refuse: the file opens (nothing is lost), and
  // Analisis and the run say why in the user's language, not as program text.
  const bad = JSON.parse(JSON.stringify(shared));
  bad.scenario.id = 'rusak-wke';
  bad.scenario.name = 'WKE nol';
  bad.scenario.params.wke_menit = 0;
  if (bad.scenario.plan) bad.scenario.plan.run_params.wke_menit = 0;
  await app.byTestId('scenario-import-input').setInputFiles({
    name: 'wke.seimbang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="scenario-row"]').length === 1);
  await app.goTo('analisis');
  const why = await app.byTestId('scenario-error').textContent();
  assert.match(why, /tidak dapat dihitung: Parameter `wke_menit` harus angka > 0/);
  await app.byTestId('lang-switch').click();
  await app.page.waitForFunction(() =>
    /must be a number > 0/.test(document.querySelector('[data-testid="scenario-error"]')?.textContent || ''));
  await app.byTestId('lang-switch').click();
  await app.goTo('penyeimbangan');
  await app.page.waitForFunction(() =>
    /harus angka > 0/.test(document.querySelector('[data-testid="run-status"]')?.textContent || ''));
  assert.doesNotMatch(await app.byTestId('run-status').textContent(), /OutOfRange|Params\(/);
  assert.equal(await app.byTestId('replan-status').getAttribute('data-state'), 'failed');
  assert.deepEqual(app.errors, []);
});
