// First bundle (a few lines): the `Language` select is prerendered above the article with the page's language
// selected (src/build/content/render.ts); this makes it go to that language's page and remember the choice.
import { LANGUAGE_PATHS, isLanguage } from '../../i18n/languages.ts';
import { changeSettings } from '../controllers/settings.ts';

/** sessionStorage key: the page was opened by the Language select, so focus goes back to it there. */
const FROM_SELECT_KEY = 'bri-reader:language-chosen';

/**
 * Wires the prerendered select. The choice is saved first (boot.js reads it on every page, so it holds from
 * then on, offline too), with the translation choice cleared so the new language's default applies; then the
 * page of that language opens at the same place (reading position and the URL's fragment carry over).
 */
export function wireLanguageSelect(): void {
  const select = document.getElementById('language-select');
  if (!(select instanceof HTMLSelectElement)) return;
  // A keyboard or screen-reader user who just chose a language continues from the select, not the page's top.
  try {
    if (sessionStorage.getItem(FROM_SELECT_KEY)) {
      sessionStorage.removeItem(FROM_SELECT_KEY);
      select.focus({ preventScroll: true });
    }
  } catch {
    // No sessionStorage: focus starts at the top of the new page, as on any page load.
  }
  select.addEventListener('change', () => {
    const language = select.value;
    if (!isLanguage(language)) return;
    void changeSettings({ language, translation: null }).finally(() => {
      try {
        sessionStorage.setItem(FROM_SELECT_KEY, '1');
      } catch {
        // No sessionStorage: the new page simply starts with focus at its top.
      }
      location.assign(LANGUAGE_PATHS[language] + location.search + location.hash);
    });
  });
}
