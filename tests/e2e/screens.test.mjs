// What users see, at desktop (1400 px) and phone (390 px) width: no page is wider than
// the screen, the plan's row actions are all within reach, and a screenshot of every
// page is written to tests/e2e/.out/screens for a person to look at after a change (a
// test that passes on a broken-looking page is not done).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, FIXTURES } from './harness.mjs';

const OUT = join(FIXTURES, 'screens');
let env;
before(async () => {
  await mkdir(OUT, { recursive: true });
  env = await start();
});
after(async () => {
  await env.close();
});

/** The page's width beyond the viewport, and the elements that stick out (tables
 * scroll inside their own frame and do not count). */
async function overflow(app) {
  return app.page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('main *')) {
      if (el.closest('.table-wrap')) continue;
      const b = el.getBoundingClientRect();
      if (b.width > 0 && b.right > vw + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${el.dataset.testid || ''}`);
    }
    return { extra: document.documentElement.scrollWidth - vw, out: out.slice(0, 5) };
  });
}

/** A screenshot: the whole page, or its first `screens` viewport heights for the long
 * report. */
async function shot(app, name, width, screens = 0) {
  const path = join(OUT, `${name}-${width}.png`);
  if (!screens) return app.page.screenshot({ path, fullPage: true });
  return app.page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height: 900 * screens } });
}

for (const width of [1400, 390]) {
  test(`every page fits a ${width} px screen`, async () => {
    const { app } = env;
    await app.page.setViewportSize({ width, height: 900 });
    const fits = async (name, screens) => {
      const o = await overflow(app);
      assert.ok(o.extra <= 0, `${name} at ${width} px is ${o.extra} px too wide: ${o.out.join(', ')}`);
      // Charts are drawn at the width they are shown at (text at its real size, never a
      // shrunken picture).
      const scaled = await app.page.$$eval('canvas[data-testid^="chart-"]', (cs) =>
        cs.filter((c) => c.clientWidth > 0 && Math.abs(c.width - c.clientWidth) > 1).map((c) => `${c.dataset.testid} ${c.width}/${c.clientWidth}`),
      );
      assert.deepEqual(scaled, [], `${name} at ${width} px: charts drawn at another width`);
      await shot(app, name, width, screens);
    };
    await app.open();
    await app.uploadFiles([`${FIXTURES}/messy/messy.xlsx`]);
    await fits('data-messy');
    await app.open('?demo');
    await fits('data');
    await app.goTo('analisis');
    await app.page.waitForTimeout(300);
    await fits('analisis');
    await app.goTo('penyeimbangan');
    await app.runPlan();
    await fits('penyeimbangan');
    await app.goTo('skenario');
    await fits('skenario');
    await app.openReport();
    await fits('laporan', 4);
    await app.goTo('aturan');
    await fits('aturan');
    await app.page.setViewportSize({ width: 1400, height: 900 });
    assert.deepEqual(app.errors, []);
  });
}

test('at 1400 px every action of a move row is inside the table, not cut off', async () => {
  const { app } = env;
  await app.page.setViewportSize({ width: 1400, height: 900 });
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  await app.runPlan();
  const frame = await app.byTestId('moves-table').locator('xpath=..').boundingBox();
  const row = app.byTestId('move-row').first();
  for (const id of ['move-lock', 'move-forbid', 'move-temporary', 'move-why']) {
    const b = await row.locator(`[data-testid="${id}"]`).boundingBox();
    assert.ok(b && b.x >= frame.x && b.x + b.width <= frame.x + frame.width + 0.5, `${id} is visible (${JSON.stringify(b)} in ${JSON.stringify(frame)})`);
  }
  const lines = await row.locator('[data-testid="move-nip"]').evaluate((td) => {
    const r = document.createRange();
    r.selectNodeContents(td);
    return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
  });
  assert.equal(lines, 1, 'the NIP stays on one line');
});
