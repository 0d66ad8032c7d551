import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/types.ts';
import { SETTINGS_MIRROR_KEY } from '../../../src/shared/settings.ts';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db.ts';
import { getSettings, saveSettings } from '../../../src/storage/settings.ts';
import { freshIndexedDB, MemoryStorage, plant } from './helpers.ts';

let db: AppDb;
let storage: MemoryStorage;
beforeEach(async () => {
  freshIndexedDB();
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  db = await connection();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeConnection();
});

const mirrored = () => JSON.parse(storage.getItem(SETTINGS_MIRROR_KEY) ?? 'null');

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a change into what is saved', async () => {
    await saveSettings({ theme: 'dark' });
    expect(await saveSettings({ textSize: 125 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 125 });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 125 });
  });

  it('mirrors theme and text size to localStorage synchronously, before the database write', async () => {
    const saving = saveSettings({ theme: 'dark', textSize: 112 });
    expect(mirrored()).toEqual({ theme: 'dark', textSize: 112, translation: null, language: null });
    await saving;
    expect(mirrored()).toEqual({ theme: 'dark', textSize: 112, translation: null, language: null });
  });

  it('mirrors the translation choice for boot.js, and keeps "not chosen" apart from "off"', async () => {
    expect(await saveSettings({ translation: false })).toMatchObject({ translation: false });
    expect(mirrored()).toMatchObject({ translation: false });
    await saveSettings({ translation: true });
    expect(mirrored()).toMatchObject({ translation: true });
    await plant(unwrap(db), 'settings', [{ key: 'app', value: { translation: 'yes' } }]);
    expect(await getSettings()).toMatchObject({ translation: null });
  });

  it('mirrors the Language choice for boot.js, and reads anything but a known language as not chosen', async () => {
    expect(await saveSettings({ language: 'tg' })).toMatchObject({ language: 'tg' });
    expect(mirrored()).toMatchObject({ language: 'tg' });
    await plant(unwrap(db), 'settings', [{ key: 'app', value: { language: 'de' } }]);
    expect(await getSettings()).toMatchObject({ language: null });
    expect(mirrored()).toMatchObject({ language: null });
  });

  it('repairs the mirror on read (e.g. after another tab changed settings)', async () => {
    await saveSettings({ theme: 'light' });
    storage.setItem(SETTINGS_MIRROR_KEY, '{not json');
    await getSettings();
    expect(mirrored()).toEqual({ theme: 'light', textSize: 100, translation: null, language: null });
  });

  it('still saves when localStorage is missing or throws', async () => {
    vi.stubGlobal('localStorage', {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(await saveSettings({ onlineMap: true })).toMatchObject({ onlineMap: true });
    vi.stubGlobal('localStorage', undefined);
    expect(await getSettings()).toMatchObject({ onlineMap: true });
  });

  it('replaces malformed fields with defaults and keeps the good ones', async () => {
    await plant(unwrap(db), 'settings', [{ key: 'app', value: { theme: 'neon', textSize: 1e9, onlineMap: true } }]);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, onlineMap: true });
  });

  it('keeps the Listen voice and speed, and refuses a speed no voice can speak', async () => {
    await saveSettings({ voice: 'English (Great Britain) espeak-ng', speechRate: 1.5 });
    expect(await getSettings()).toMatchObject({ voice: 'English (Great Britain) espeak-ng', speechRate: 1.5 });
    await plant(unwrap(db), 'settings', [{ key: 'app', value: { voice: 7, speechRate: 9 } }]);
    expect(await getSettings()).toMatchObject({ voice: '', speechRate: 1 });
  });

  it('never stores a malformed value passed in', async () => {
    expect(await saveSettings({ theme: 'neon' as never, textSize: Number.NaN })).toEqual(DEFAULT_SETTINGS);
  });
});
