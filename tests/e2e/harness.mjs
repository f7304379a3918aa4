// Shared set-up for the end-to-end tests: the release build served on loopback, the
// system Chromium driven by playwright-core (never a downloaded browser), and page
// objects that speak in the app's stable data-testid selectors.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Files written by the engine's demo_files example (see scripts/test.sh). */
export const FIXTURES = join(ROOT, 'tests/e2e/.out');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Start the server and a fresh browser profile; returns { app, context, close }.
 * Service workers are blocked unless asked for: they would answer requests that a test
 * wants to intercept (page.route does not see a service worker's fetches). */
export async function start({ serviceWorkers = 'block' } = {}) {
  const server = await serve(join(ROOT, 'dist'));
  const profile = await mkdtemp(join(tmpdir(), 'seimbang-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    serviceWorkers,
  });
  const page = context.pages()[0] || (await context.newPage());
  const app = new AppPage(page, server.url);
  return {
    app,
    context,
    server,
    async close() {
      await context.close();
      server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The app as a user sees it. */
export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && this.errors.push(m.text()));
  }
  byTestId(id) {
    return this.page.locator(`[data-testid="${id}"]`);
  }
  /** Open the app (optionally under a path or with a query) and wait until it runs. */
  async open(path = '') {
    await this.page.goto(this.baseUrl + path.replace(/^\//, ''));
    await this.byTestId('page').waitFor({ timeout: 30000 });
  }
  async reload() {
    await this.page.reload();
    await this.byTestId('page').waitFor({ timeout: 30000 });
  }
  async goTo(pageId) {
    await this.byTestId(`nav-${pageId}`).click();
    await this.page.waitForSelector(`[data-testid="nav-${pageId}"][aria-current="page"]`);
  }
  async heading() {
    return (await this.page.locator('main h1').first().textContent()).trim();
  }
  async loadDemo() {
    await this.goTo('data');
    await this.byTestId('load-demo').click();
    await this.byTestId('data-summary').waitFor({ timeout: 30000 });
  }
  /** Hand files (paths) to the Data page's picker and wait for the import report. */
  async uploadFiles(paths) {
    await this.goTo('data');
    await this.byTestId('file-input').setInputFiles(paths);
    await this.byTestId('import-report').waitFor({ timeout: 60000 });
  }
  /** Hand in-memory files ([{ name, mimeType, buffer }]) over and wait until the import
   * report says `status` (a regular expression). */
  async uploadBuffers(files, status) {
    await this.byTestId('file-input').setInputFiles(files);
    await this.page.waitForFunction(
      ([source, flags]) => new RegExp(source, flags).test(document.querySelector('[data-testid="import-status"]')?.textContent || ''),
      [status.source, status.flags],
      { timeout: 60000 },
    );
  }
  /** Open the Laporan page and wait until its list of moves is drawn completely. */
  async openReport() {
    await this.goTo('laporan');
    await this.page.waitForSelector('[data-testid="report-move-list"][data-complete="true"]', { timeout: 120000 });
  }
  /** Press run on the Penyeimbangan page and wait for the plan. */
  async runPlan() {
    // The worker answers later: mark the plan on screen, wait for a newly drawn one.
    await this.page.evaluate(() =>
      document.querySelectorAll('[data-testid="moves-count"]').forEach((e) => (e.dataset.old = '1')),
    );
    await this.byTestId('run-button').click();
    await this.page.waitForSelector('[data-testid="moves-count"]:not([data-old])', { timeout: 120000 });
  }
  /** The moves table's page line ("Halaman 2 dari 13"). */
  async movesPage() {
    return (await this.byTestId('moves-page').textContent()).trim();
  }
  /** Set one parameter of the Penyeimbangan form (must be open). */
  async setParam(name, value) {
    await this.byTestId(`param-${name}`).fill(String(value));
    await this.byTestId(`param-${name}`).press('Tab');
  }
  /** On the Skenario page: save the current state as `name` and wait for the message. */
  async saveScenario(name, note = '') {
    await this.goTo('skenario');
    const before = await this.byTestId('scenario-row').count();
    await this.byTestId('scenario-name').fill(name);
    if (note) await this.byTestId('scenario-note').fill(note);
    await this.byTestId('scenario-save').click();
    await this.byTestId('scenario-message').waitFor();
    return before;
  }
  /** The saved scenarios' rows as { name, moves, objective, balanced, date }. */
  async scenarioRows() {
    return this.page.$$eval('[data-testid="scenario-row"]', (rows) =>
      rows.map((r) => ({
        name: r.getAttribute('data-name'),
        moves: r.querySelector('[data-testid="scenario-moves"]').textContent.trim(),
        objective: r.querySelector('[data-testid="scenario-objective"]').textContent.trim(),
        balanced: r.querySelector('[data-testid="scenario-balanced"]').textContent.trim(),
        date: r.querySelector('[data-testid="scenario-date"]').textContent.trim(),
      })),
    );
  }
  /** The row of a saved scenario by name. */
  scenarioRow(name) {
    return this.page.locator(`[data-testid="scenario-row"][data-name="${name}"]`);
  }
  /** Remove everything the app stored (local storage and IndexedDB). */
  async clearStorage() {
    await this.page.evaluate(async () => {
      localStorage.clear();
      for (const db of await indexedDB.databases()) {
        await new Promise((ok) => {
          const r = indexedDB.deleteDatabase(db.name);
          r.onsuccess = r.onerror = r.onblocked = () => ok();
        });
      }
    });
  }
  /** Press Tab until the element with `testid` has the focus (fails after `max`). */
  async tabTo(testid, max = 600) {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const at = await this.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (at === testid) return i + 1;
    }
    throw new Error(`Tab never reached ${testid}`);
  }
  async count(name) {
    return Number((await this.byTestId(`count-${name}`).textContent()).replace(/\D/g, ''));
  }
}
