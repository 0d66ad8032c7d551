// Runs before first paint (render-blocking on purpose, and tiny): applies the reader's saved theme and text
// size from localStorage, mirrored there by src/storage/settings.ts, so the page never reflows or flashes
// once the app's module script starts. Anything odd in storage is ignored: reading must always work.
(() => {
  const root = document.documentElement;
  try {
    const s = JSON.parse(localStorage.getItem('bri-reader:settings') || '{}');
    if (s.theme === 'light' || s.theme === 'dark') root.setAttribute('data-theme', s.theme);
    // The same range src/storage/settings.ts accepts.
    if (typeof s.textSize === 'number' && s.textSize >= 50 && s.textSize <= 300) {
      root.style.setProperty('--text-scale', String(s.textSize / 100));
    }
  } catch {
    // No localStorage, or a damaged value: the defaults apply, and the app re-applies saved settings.
  }
  root.classList.add('js');
})();
