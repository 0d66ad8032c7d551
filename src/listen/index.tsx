/**
 * Lazy chunk, loaded as the first press of `Listen` begins (src/reader/controllers/listen.ts) or when Reading
 * settings open: the article read aloud with the Web Speech API, one utterance per sentence.
 */
import { render } from 'preact';
import { ListenBar } from './ListenBar/index.tsx';
import { toggle } from './session.ts';

// Loaded on the touch that begins a press: asking for the voices now lets the engine list them before the
// click, so the click can speak at once (Chromium and Safari fill the list asynchronously).
if ('speechSynthesis' in window) speechSynthesis.getVoices();

let mounted = false;

/** Mounts the Listen bar once, in a box of its own (fixed to the screen's bottom: nothing in the page moves). */
function mountBar(): void {
  if (mounted) return;
  mounted = true;
  const box = document.createElement('div');
  box.id = 'listen-root';
  document.body.append(box);
  render(<ListenBar />, box);
}

/** What `Listen` does: starts, pauses, or resumes at the sentence that was interrupted. */
export function press(): void {
  mountBar();
  toggle();
}
