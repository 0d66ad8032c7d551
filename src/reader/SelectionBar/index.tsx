// First bundle: the bar that appears while text in the article is selected: `Highlight`, in a chosen colour.
import { useState } from 'preact/hooks';
import { requestPersistence } from '../../offline';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/types';
import { highlightSelection } from '../controllers/highlights';
import { getState, setState, useAppState } from '../store';
import './style.css';

/** Keeps the page's selection when a bar button is pressed (a press would otherwise clear it first). */
const keepSelection = (e: Event) => e.preventDefault();

/** Shown at the bottom of the screen while there is a selection in the article. */
export function SelectionBar() {
  const selection = useAppState((s) => s.selection);
  const canSave = useAppState((s) => s.storage !== 'unavailable');
  const [color, setColor] = useState<HighlightColor>('yellow');
  if (!selection || !canSave) return null;
  const create = async () => {
    const first = getState().highlights.length === 0;
    const id = await highlightSelection(color);
    // The first highlight is the moment the reader starts to have something to lose: ask to keep storage.
    if (id && first) void requestPersistence('first-highlight');
    if (id) setState({ activeHighlight: null });
  };
  return (
    <div class="selection-bar" role="toolbar" aria-label="Selected text">
      <fieldset class="swatches">
        <legend class="visually-hidden">Highlight colour</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            aria-pressed={c === color}
            aria-label={`${c} highlight`}
            class={`swatch hl-${c}`}
            onMouseDown={keepSelection}
            onClick={() => setColor(c)}
          />
        ))}
      </fieldset>
      <button type="button" class="text-button primary" onMouseDown={keepSelection} onClick={() => void create()}>
        Highlight
      </button>
    </div>
  );
}
