// First bundle (a few lines): the `Language` select is prerendered above the article with the page's language
// selected (src/build/content/render.ts); this makes it go to that language's page and remember the choice.
import { LANGUAGE_PATHS, isLanguage } from '../../i18n/languages.ts';
import { changeSettings } from '../controllers/settings.ts';

/**
 * Wires the prerendered select. The choice is saved first (boot.js reads it on every page, so it holds from
 * then on, offline too), with the translation choice cleared so the new language's default applies; then the
 * page of that language opens at the same place (reading position and the URL's fragment carry over).
 */
export function wireLanguageSelect(): void {
  const select = document.getElementById('language-select');
  if (!(select instanceof HTMLSelectElement)) return;
  select.addEventListener('change', () => {
    const language = select.value;
    if (!isLanguage(language)) return;
    void changeSettings({ language, translation: null }).finally(() => {
      location.assign(LANGUAGE_PATHS[language] + location.search + location.hash);
    });
  });
}
