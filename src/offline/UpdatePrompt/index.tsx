// First bundle: the "new version" prompt. Nothing reloads until the reader presses Reload.
import { useEffect, useState } from 'preact/hooks';
import { type OfflineState, useOffline } from '../state.ts';
import { applyUpdate } from '../lifecycle.ts';
import { offlineText as t } from '../../i18n/text/offline.ts';
import './style.css';

const select = (s: OfflineState) => s.update;

const MESSAGES = {
  waiting: 'updateWaiting',
  reloading: 'updateReloading',
  elsewhere: 'updateElsewhere',
  stale: 'updateStale',
} as const;

export interface UpdatePromptProps {
  /** True while the reader is typing a note: the prompt then also says to save it first. */
  isWriting: () => boolean;
}

/** Shows "A new version is ready" with a Reload button when one waits; reloads only on that click. */
export function UpdatePrompt({ isWriting }: UpdatePromptProps) {
  const update = useOffline(select);
  const [writing, setWriting] = useState(false);
  useEffect(() => {
    if (update === 'none') return;
    // Re-check on focus and typing so the warning appears while a note is being written.
    const check = () => setWriting(isWriting());
    check();
    const events = ['focusin', 'focusout', 'input'] as const;
    for (const type of events) document.addEventListener(type, check);
    return () => {
      for (const type of events) document.removeEventListener(type, check);
    };
  }, [update, isWriting]);
  if (update === 'none') return null;
  return (
    <div role="status" class="update-prompt">
      <p>
        {t(MESSAGES[update])} {t(writing ? 'updateSaveNote' : 'updateDataStays')}
      </p>
      <button type="button" class="text-button primary" onClick={applyUpdate}>
        {t('reload')}
      </button>
    </div>
  );
}
