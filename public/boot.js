// Runs before first paint (render-blocking on purpose, and tiny): applies the reader's saved theme, text
// size and translation choice from localStorage, mirrored there by src/storage/settings.ts, so the page never
// reflows or flashes once the app's module script starts. Anything odd in storage is ignored: reading must
// always work.
(() => {
  const root = document.documentElement;
  // Translations show by default only when the interface is Russian or Tajik: the same rule as
  // translationsShownByDefault() in src/i18n/languages.ts (tests/unit/i18n/boot.test.ts keeps them equal).
  const lang = root.lang.toLowerCase().split('-')[0];
  let translation = lang === 'ru' || lang === 'tg';
  try {
    const s = JSON.parse(localStorage.getItem('bri-reader:settings') || '{}');
    if (s.theme === 'light' || s.theme === 'dark') root.setAttribute('data-theme', s.theme);
    // The same range src/storage/settings.ts accepts.
    if (typeof s.textSize === 'number' && s.textSize >= 50 && s.textSize <= 300) {
      root.style.setProperty('--text-scale', String(s.textSize / 100));
    }
    if (typeof s.translation === 'boolean') translation = s.translation;
  } catch {
    // No localStorage, or a damaged value: the defaults apply, and the app re-applies saved settings.
  }
  root.setAttribute('data-translation', translation ? 'on' : 'off');
  root.classList.add('js');
})();
