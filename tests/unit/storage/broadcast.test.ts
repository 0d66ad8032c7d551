import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Change, subscribe } from '../../../src/storage/broadcast.ts';
import { closeConnection } from '../../../src/storage/db.ts';
import { removeHighlight, saveHighlight } from '../../../src/storage/highlights.ts';
import { saveSettings } from '../../../src/storage/settings.ts';
import { freshIndexedDB, makeHighlight, stored } from './helpers.ts';

// Stands in for a second tab: a BroadcastChannel object of the same name gets every message but its own.
let otherTab: BroadcastChannel;
beforeEach(() => {
  freshIndexedDB();
  otherTab = new BroadcastChannel('bri-reader');
});
afterEach(async () => {
  otherTab.close();
  await closeConnection();
});

function nextMessages(count: number): Promise<unknown[]> {
  const seen: unknown[] = [];
  return new Promise((resolve) => {
    otherTab.onmessage = ({ data }) => {
      seen.push(data);
      if (seen.length === count) resolve(seen);
    };
  });
}

function nextChange(): Promise<Change> {
  return new Promise((resolve) => {
    const stop = subscribe((change) => {
      stop();
      resolve(change);
    });
  });
}

describe('cross-tab sync', () => {
  it('tells other tabs which record changed after each committed write', async () => {
    const messages = nextMessages(3);
    const h = await stored(saveHighlight(makeHighlight()));
    await removeHighlight(h.id);
    await saveSettings({ theme: 'dark' });
    expect(await messages).toEqual([
      { kind: 'highlights', id: h.id },
      { kind: 'highlights', id: h.id },
      { kind: 'settings' },
    ]);
  });

  it('hands other tabs’ changes to subscribers, ignoring messages of an unknown shape', async () => {
    const change = nextChange();
    otherTab.postMessage('hello');
    otherTab.postMessage({ kind: 'everything' });
    otherTab.postMessage({ kind: 'bookmarks', id: 'b-1', extra: '<script>' });
    expect(await change).toEqual({ kind: 'bookmarks', id: 'b-1' });
  });
});
