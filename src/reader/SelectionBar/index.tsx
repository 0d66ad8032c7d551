// First bundle: the bar that appears while text in the article is selected: `Highlight`, in a chosen colour.
import { useRef } from 'preact/hooks';
import { readerText as t } from '../../i18n/text/reader.ts';
import { HIGHLIGHT_COLORS } from '../../shared/types.ts';
import { articleEl } from '../controllers/article.ts';
import { useFocusRescue } from '../Dialog/layers.ts';
import { highlightNow } from '../controllers/highlights.ts';
import { setState, useAppState } from '../store.ts';
import './style.css';

/** Keeps the page's selection when a bar button is pressed (a press would otherwise clear it first). */
const keepSelection = (e: Event) => e.preventDefault();

/** Shown at the bottom of the screen while there is a selection in the article. */
export function SelectionBar() {
  const selection = useAppState((s) => s.selection);
  const canSave = useAppState((s) => s.storage !== 'unavailable');
  const color = useAppState((s) => s.highlightColor);
  const bar = useRef<HTMLDivElement>(null);
  const shown = Boolean(selection && canSave);
  // A keyboard reader who tabbed to `Highlight` would otherwise be left on <body> when the bar goes: back to
  // the article, where the new mark is the next tab stop.
  useFocusRescue(shown, bar, () => articleEl().focus({ preventScroll: true }));
  if (!shown) return null;
  return (
    <div class="selection-bar" role="toolbar" aria-label={t('selectedText')} ref={bar}>
      <fieldset class="swatches">
        <legend class="visually-hidden">{t('highlightColour')}</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            aria-pressed={c === color}
            aria-label={t(c)}
            class={`swatch hl-${c}`}
            onMouseDown={keepSelection}
            onClick={() => setState({ highlightColor: c })}
          />
        ))}
      </fieldset>
      <button type="button" class="text-button primary" onMouseDown={keepSelection} onClick={() => void highlightNow()}>
        {t('highlight')}
      </button>
      <span class="selection-hint">{t('selectionHint')}</span>
    </div>
  );
}
