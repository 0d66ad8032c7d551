// Runs before first paint (render-blocking on purpose, and tiny): applies the reader's saved theme and text
// size from localStorage, mirrored there by src/storage/settings.ts, so the page never reflows or flashes
// once the app's module script starts. Anything odd in storage is ignored: reading must always work.
(function () {
  try {
    var s = JSON.parse(localStorage.getItem('bri-reader:settings') || '{}');
    var root = document.documentElement;
    if (s.theme === 'light' || s.theme === 'dark') root.setAttribute('data-theme', s.theme);
    if (typeof s.textSize === 'number' && s.textSize >= 80 && s.textSize <= 200) {
      root.style.setProperty('--text-scale', String(s.textSize / 100));
    }
  } catch (e) {}
  document.documentElement.classList.add('js');
})();
