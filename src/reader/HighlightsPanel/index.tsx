// First bundle: the Highlights panel: every highlight in reading order with its note, searchable, with a jump
// to each, and the ones that no longer fit the text listed apart (kept, never dropped).
import { readerText as t } from '../../i18n/text/reader.ts';
import { useState } from 'preact/hooks';
import type { Highlight } from '../../shared/types.ts';
import { Dialog } from '../Dialog/index.tsx';
import { highlightText, jumpTo, remove } from '../controllers/highlights.ts';
import { setState, useAppState } from '../store.ts';

function Item({ h, placed }: { h: Highlight; placed: boolean }) {
  return (
    <li>
      {/* Notes and quotes are rendered as text nodes only: an imported note with markup stays inert. */}
      <blockquote class={`c-${h.color}`}>{highlightText(h)}</blockquote>
      {h.note && <p class="note">{h.note}</p>}
      <div class="row">
        {placed ? (
          <button type="button" class="text-button" onClick={() => jumpTo(h.id)}>
            {t('goToPassage')}
          </button>
        ) : (
          <button type="button" class="text-button" onClick={() => void remove(h.id)}>
            {t('removeHighlight')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The `Highlights` dialog. */
export function HighlightsPanel() {
  const open = useAppState((s) => s.panel === 'highlights');
  const highlights = useAppState((s) => s.highlights);
  const placement = useAppState((s) => s.placement);
  const problem = useAppState((s) => s.storageProblem);
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = (h: Highlight) => !q || `${highlightText(h)}\n${h.note}`.toLowerCase().includes(q);
  const placed = highlights.filter((h) => placement[h.id] && matches(h));
  const lost = highlights.filter((h) => !placement[h.id] && matches(h));
  return (
    <Dialog title={t('highlights')} open={open} onClose={() => setState({ panel: null })}>
      {problem && <p class="muted">{problem}</p>}
      <p class="muted" aria-live="polite">
        {highlights.length === 0
          ? t('noHighlights')
          : q
            ? t('highlightsMatching', { count: highlights.length, matching: placed.length + lost.length })
            : t('highlightCount', { count: highlights.length })}
      </p>
      {highlights.length > 0 && (
        <input
          type="search"
          aria-label={t('searchHighlights')}
          placeholder={t('searchHighlights')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      <ul>
        {placed.map((h) => (
          <Item key={h.id} h={h} placed />
        ))}
      </ul>
      {lost.length > 0 && (
        <section aria-labelledby="hl-lost">
          <h3 id="hl-lost">{t('unplaced')}</h3>
          <p class="muted">{t('unplacedWhy')}</p>
          <ul>
            {lost.map((h) => (
              <Item key={h.id} h={h} placed={false} />
            ))}
          </ul>
        </section>
      )}
      <p class="muted">
        <button
          type="button"
          class="text-button"
          onClick={() => {
            setState({ panel: null });
            document.getElementById('your-data')?.scrollIntoView();
          }}
        >
          {t('exportOrImport')}
        </button>
      </p>
    </Dialog>
  );
}
