// First bundle: every write tells the other open tabs what to reload.

export type ChangeKind = 'highlights' | 'bookmarks' | 'settings' | 'position';

/** Sent after a write committed; `id` names the record when a single one changed. */
export interface Change {
  kind: ChangeKind;
  id?: string;
}

const KINDS: readonly string[] = ['highlights', 'bookmarks', 'settings', 'position'];

// undefined: not created yet; null: this browser has no BroadcastChannel (then tabs catch up on their next load).
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('bri-reader') : null;
  return channel;
}

/** Tells the other tabs that `kind` changed. Never throws: a lost notice must not look like a failed save. */
export function announceChange(kind: ChangeKind, id?: string): void {
  try {
    getChannel()?.postMessage(id === undefined ? { kind } : { kind, id });
  } catch {
    // A closed channel (page being torn down) has nobody left to tell.
  }
}

/** Calls `fn` for each change another tab reports (this tab's own writes are not echoed); returns unsubscribe. */
export function subscribe(fn: (change: Change) => void): () => void {
  const ch = getChannel();
  if (!ch) return () => undefined;
  const listener = ({ data }: MessageEvent) => {
    // Another tab may run a different app version: accept only messages of the known shape.
    if (typeof data === 'object' && data !== null && KINDS.includes(data.kind)) {
      fn(typeof data.id === 'string' ? { kind: data.kind, id: data.id } : { kind: data.kind });
    }
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}
