// Benchmark (not a test): a whole session on a large dataset in headless Chromium, the way
// the hardening issue states the budget. For each step (import, analysis, solve, save,
// export) it prints the wall time and the longest main-thread task (Long Tasks API: the
// worker's time is not on the main thread, so it does not count), then the renderer's
// peak memory (resident set, from /proc) and the first render of the app.
// Usage: node tests/e2e/bench_scale.mjs [dir]   (after a release build and
//   cargo run --release -p seimbang-engine --example demo_files -- tests/e2e/.out/province 100000)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { start, FIXTURES } from './harness.mjs';

const dir = process.argv[2] || join(FIXTURES, 'province', 'csv');
if (!existsSync(dir)) {
  console.error(`no dataset in ${dir}: run the demo_files example first`);
  process.exit(2);
}

/** Observe long tasks from every page load on; `take()` returns and forgets the
 * longest so far. */
async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return async () => {
    // Let the last frame paint and the observer report.
    await page.waitForTimeout(300);
    return page.evaluate(() => {
      const l = Math.round(window.__longest);
      window.__longest = 0;
      return l;
    });
  };
}

/** Resident memory of Chromium's renderer processes, in MB: the largest peak (VmHWM)
 * and the largest current size (VmRSS). The worker runs in the page's renderer. Read
 * from /proc while the browser is open: only this benchmark's browser runs. */
function rendererMemoryMb() {
  let peak = 0;
  let now = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] || 0) / 1024);
      now = Math.max(now, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] || 0) / 1024);
    } catch {
      // The process ended.
    }
  }
  return { peak: Math.round(peak), now: Math.round(now) };
}

const rows = [];
async function step(name, take, fn) {
  const t0 = Date.now();
  await fn();
  const ms = Date.now() - t0;
  const longest = await take();
  const mem = rendererMemoryMb();
  rows.push({ step: name, ms, longest, ...mem });
  console.log(
    `${name.padEnd(24)} ${String(ms).padStart(7)} ms   longest main-thread task ${String(longest).padStart(5)} ms` +
      `   renderer ${String(mem.now).padStart(5)} MB (peak ${mem.peak} MB)`,
  );
}

const env = await start();
try {
  const { app } = env;
  const page = app.page;

  const take = await watchLongTasks(page);
  // First render: navigation start to the app's page drawn, from the local static server.
  await page.goto(app.baseUrl);
  const firstRender = await page.waitForFunction(
    () => (document.querySelector('[data-testid="page"]') ? performance.now() : null),
    null,
    { polling: 'raf', timeout: 30000 },
  );
  console.log(`first render             ${String(Math.round(await firstRender.jsonValue())).padStart(7)} ms`);

  await take();
  const files = readdirSync(dir).map((f) => join(dir, f));
  await step('import', take, async () => {
    await app.goTo('data');
    await app.byTestId('file-input').setInputFiles(files);
    await app.byTestId('data-summary').waitFor({ timeout: 120000 });
  });
  console.log('  ', (await app.byTestId('data-summary').textContent()).replace(/\s+/g, ' ').slice(0, 160));
  await step('analysis page', take, async () => {
    await app.goTo('analisis');
    await page.waitForTimeout(500);
  });
  await step('solve (run to table)', take, async () => {
    await app.goTo('penyeimbangan');
    await app.runPlan();
    await app.byTestId('move-row').first().waitFor({ timeout: 600000 });
  });
  console.log('   moves:', (await app.byTestId('moves-count').textContent()).trim());
  await step('save scenario', take, async () => {
    await app.saveScenario('besar');
  });
  console.log('   ', (await app.byTestId('scenario-message').textContent()).trim());
  await step('report page', take, async () => {
    await app.openReport();
  });
  for (const id of ['export-xlsx', 'export-csv']) {
    await step(id, take, async () => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), app.byTestId(id).click()]);
      await download.path();
    });
  }
  await step('reload (data restored)', take, async () => {
    await page.reload();
    await app.goTo('data');
    await app.byTestId('data-summary').waitFor({ timeout: 120000 });
  });
  await step('demo data', take, async () => {
    await app.loadDemo();
  });
  await step('open saved scenario', take, async () => {
    await app.goTo('skenario');
    await app.scenarioRow('besar').locator('[data-testid="scenario-open"]').click();
    await app.goTo('data');
    await page.waitForFunction(
      () => /100[.,]?000/.test(document.querySelector('[data-testid="data-summary"]')?.textContent || ''),
      null,
      { timeout: 120000 },
    );
  });
  const budget = rows.find((r) => r.step === 'export-csv');
  console.log(`renderer peak memory     ${String(budget.peak).padStart(7)} MB (import to export)`);
  console.log(`renderer peak memory     ${String(rendererMemoryMb().peak).padStart(7)} MB (with reload and reopening)`);
  const upTo = rows.slice(0, rows.indexOf(budget) + 1);
  console.log(`longest main-thread task ${String(Math.max(...upTo.map((r) => r.longest))).padStart(7)} ms (import to export)`);
  console.log(`longest main-thread task ${String(Math.max(...rows.map((r) => r.longest))).padStart(7)} ms (any step)`);
  if (app.errors.length) console.log('page errors:', app.errors);
} finally {
  await env.close();
}
