// Lazy: the `Cite` dialog. Importing it loads Citation.js and the styles: only when the reader asks to cite.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { paragraphIndexAt } from '../../annotations/text-model.ts';
import { textModel } from '../../reader/controllers/article.ts';
import { highlightText } from '../../reader/controllers/highlights.ts';
import { Dialog } from '../../reader/Dialog/index.tsx';
import { getState, notify } from '../../reader/store.ts';
import { show } from '../host.tsx';
import { citeText as t } from '../../i18n/text/cite.ts';
import { formatReference, type Passage, STYLES, type Source, type StyleId } from './format.ts';
import './style.css';

/** Each style's name in the cite catalogue (its heading, region name and the `copied` notice). */
const STYLE_NAME = {
  apa: 'styleApa',
  chicago: 'styleChicago',
  gost: 'styleGost',
  bibtex: 'styleBibtex',
  ris: 'styleRis',
  'csl-json': 'styleCslJson',
} as const satisfies Record<StyleId, Parameters<typeof t>[0]>;

/** What the page says about the article: title, author and institution from the byline, this edition's address. */
function sourceFromPage(): Source {
  const article = document.getElementById('article');
  return {
    title: article?.querySelector('h1')?.textContent?.trim() ?? document.title,
    author: article?.querySelector('.byline .author')?.textContent?.trim() ?? '',
    institution: article?.querySelector('.byline .affiliation')?.textContent?.trim() ?? '',
    url: `${location.origin}${location.pathname}`,
    accessed: new Date(),
  };
}

async function copy(text: string, style: string, box: HTMLElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    notify({ kind: 'status', text: t('copied', { style }) }, 3000);
  } catch {
    if (box) getSelection()?.selectAllChildren(box);
    notify({ kind: 'alert', text: t('noCopy') });
  }
}

function CiteDialog({ passage, onClose }: { passage?: Passage; onClose: () => void }) {
  const source = useMemo(sourceFromPage, []);
  // The CSL engine takes a moment per style on a slow phone: the dialog opens at once and fills in style by
  // style, one task each, so the page never freezes.
  const [references, setReferences] = useState<Partial<Record<StyleId, string>>>({});
  useEffect(() => {
    let live = true;
    let i = 0;
    const next = () => {
      const id = STYLES[i++];
      if (!live || !id) return;
      const text = formatReference(id, source, passage);
      setReferences((done) => ({ ...done, [id]: text }));
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
    return () => {
      live = false;
    };
  }, [source, passage]);
  return (
    <Dialog title={t('title')} open onClose={onClose}>
      <p class="muted">{t('intro')}</p>
      {passage && <p class="cite-passage">{t('passage', { paragraph: passage.paragraph })}</p>}
      {STYLES.map((id) => (
        <section key={id} class="cite-style" aria-labelledby={`cite-${id}`}>
          <div class="cite-head">
            <h3 id={`cite-${id}`}>{t(STYLE_NAME[id])}</h3>
            <button
              type="button"
              class="text-button"
              aria-describedby={`cite-${id}`}
              disabled={references[id] === undefined}
              onClick={(e) =>
                void copy(
                  references[id] ?? '',
                  t(STYLE_NAME[id]),
                  e.currentTarget.closest('section')?.querySelector('pre') ?? null,
                )
              }
            >
              {t('copy')}
            </button>
          </div>
          <pre class="cite-text" data-style={id}>
            {references[id] ?? t('preparing')}
          </pre>
        </section>
      ))}
    </Dialog>
  );
}

/** Opens the `Cite` dialog: the reference in every style, or with `passage`, that passage cited by paragraph. */
export function openCite(passage?: Passage): void {
  show((close) => <CiteDialog passage={passage} onClose={close} />);
}

/** `Cite this passage`: the highlight's words with the number of the paragraph where they start. */
export function citeHighlight(id: string): void {
  const h = getState().highlights.find((x) => x.id === id);
  if (!h) return;
  const model = textModel();
  const at = getState().placement[id];
  const byId = model.paragraphs.findIndex((p) => p.id === h.anchor.paragraphId);
  const index = at ? paragraphIndexAt(model, at.start) : byId;
  openCite({ paragraph: Math.max(0, index) + 1, quote: highlightText(h).replace(/\s+/g, ' ').trim() });
}
