// First bundle: the "new version" prompt. Nothing reloads until the reader presses Reload.
import { useEffect, useState } from 'preact/hooks';
import { type OfflineState, useOffline } from '../state.ts';
import { applyUpdate } from '../lifecycle.ts';
import './style.css';

const select = (s: OfflineState) => s.update;

const MESSAGES = {
  waiting: 'A new version is ready.',
  reloading: 'Switching to the new version…',
  elsewhere: 'A new version is running in another tab.',
  stale: 'Part of the app moved to a new version.',
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
        {MESSAGES[update]}
        {writing ? ' Save your note first: reloading would lose unsaved text.' : ' Your highlights and notes stay.'}
      </p>
      <button type="button" class="text-button primary" onClick={applyUpdate}>
        Reload
      </button>
    </div>
  );
}
