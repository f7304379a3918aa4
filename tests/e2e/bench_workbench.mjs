// Benchmark (not a test): in headless Chromium, time from pressing "run" to the moves
// table shown, and the longest main-thread task during the run (Long Tasks API), on the
// demo city and on a generated 100,000-employee dataset.
// Usage: node tests/e2e/bench_workbench.mjs   (after a release build and
//   cargo run --release -p seimbang-engine --example demo_files -- tests/e2e/.out/province 100000)
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { start, FIXTURES } from './harness.mjs';

async function measure(app) {
  await app.page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const t0 = Date.now();
  await app.byTestId('run-button').click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')?.dataset.state === 'done', null, { timeout: 600000 });
  await app.byTestId('move-row').first().waitFor({ timeout: 600000 });
  const ms = Date.now() - t0;
  await app.page.waitForTimeout(300);
  const longest = await app.page.evaluate(() => window.__longest);
  const moves = await app.byTestId('moves-count').textContent();
  return { ms, longest: Math.round(longest), moves };
}

const env = await start();
try {
  const { app } = env;
  await app.open('?demo');
  await app.goTo('penyeimbangan');
  console.log('demo city (12,000):', await measure(app));
  const dir = join(FIXTURES, 'province', 'csv');
  if (existsSync(dir)) {
    const t0 = Date.now();
    await app.uploadFiles(readdirSync(dir).map((f) => join(dir, f)));
    console.log('province import (100,000), ms:', Date.now() - t0);
    await app.goTo('penyeimbangan');
    console.log('province (100,000):', await measure(app));
  }
} finally {
  await env.close();
}
