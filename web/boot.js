// Loads the Seimbang WebAssembly app by relative URL (so any sub-path of a static host
// works) and turns the loading screen into a clear message when loading fails.
// Everything runs in the browser: this file fetches nothing but the app's own files.
import init from './seimbang-app.js';

const FAIL_AFTER_MS = 30000;

function fail(reason) {
  const box = document.getElementById('boot');
  const msg = document.getElementById('boot-message');
  if (!box || !msg) return; // the app is already running
  box.classList.add('boot-failed');
  msg.setAttribute('data-testid', 'boot-error');
  msg.textContent =
    'Aplikasi gagal dimuat. Gunakan peramban terbaru (Chrome, Edge, Firefox) dengan WebAssembly aktif, lalu muat ulang. ' +
    '(The app failed to load: use a current browser with WebAssembly enabled, then reload.) ' +
    (reason ? '[' + reason + ']' : '');
}

// Offline use: cache the app's own files once it has loaded.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}

const timer = setTimeout(() => fail('timeout'), FAIL_AFTER_MS);
init()
  .then(() => clearTimeout(timer))
  .catch((err) => {
    clearTimeout(timer);
    fail(String(err && err.message ? err.message : err));
  });
