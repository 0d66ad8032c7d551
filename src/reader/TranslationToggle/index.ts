// First bundle (a few lines): the Translation button is prerendered just above the article (labelled in the
// interface language at build time, shown only once boot.js has marked the page `.js`); this wires it.
import { changeSettings } from '../controllers/settings.ts';

/**
 * Makes the prerendered `Translation` toggle work: its pressed state mirrors `data-translation` on <html>
 * (set by boot.js before first paint), and pressing it saves the reader's choice like the theme.
 */
export function wireTranslationToggle(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.tr-toggle')) {
    button.setAttribute('aria-pressed', String(root.getAttribute('data-translation') === 'on'));
    button.addEventListener('click', () => {
      void changeSettings({ translation: root.getAttribute('data-translation') !== 'on' });
    });
  }
}
