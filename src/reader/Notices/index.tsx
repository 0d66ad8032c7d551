// First bundle: confirmations (polite) and failures (role="alert"), with an action such as Undo.
import { readerText as t } from '../../i18n/text/reader.ts';
import { articleEl } from '../controllers/article.ts';
import { setState, useAppState } from '../store.ts';
import './style.css';

/**
 * A pressed notice button leaves the page with the notice: focus goes to the article rather than falling to <body>.
 * Only on a press: a notice that fades by itself must not pull a screen reader's reading position anywhere.
 */
function thenFocusArticle(run: () => void): () => void {
  return () => {
    run();
    articleEl().focus({ preventScroll: true });
  };
}

/** The notice line at the bottom of the screen. */
export function Notices() {
  const notice = useAppState((s) => s.notice);
  const body = notice && (
    <div class={`notice notice-${notice.kind}`}>
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" class="text-button" onClick={thenFocusArticle(notice.action.run)}>
          {notice.action.label}
        </button>
      )}
      <button type="button" class="text-button" onClick={thenFocusArticle(() => setState({ notice: null }))}>
        {t('dismiss')}
      </button>
    </div>
  );
  // The polite live region stays in the page so screen readers hear what is put into it; an alert is
  // announced when it appears, and an empty one left in the page would only confuse "which alert?" queries.
  return (
    <div class="notices">
      <div aria-live="polite">{notice?.kind === 'status' && body}</div>
      {notice?.kind === 'alert' && <div role="alert">{body}</div>}
    </div>
  );
}
