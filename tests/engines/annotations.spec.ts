/**
 * Highlights and notes in WebKit and Firefox. Guards against: a mouse selection that the engine reports
 * differently (no `Highlight` button, or the wrong text marked); a note typed with real key events that is not
 * saved; highlights or notes gone after a reload without a server; a removal that Undo cannot bring back; and
 * an Export file that another profile of the same engine cannot Import.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../e2e/server.ts';
import type { EnginePage } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { addNote, highlight, highlightTexts, storedNotes, waitUntilOffline } from './flows.ts';

const PHRASE = 'core element of its implementation';
const NOTE = 'Compare with Kazakhstan.';

/** The note the highlight sheet shows for the highlight on PHRASE (opens and closes the sheet). */
async function shownNote(tab: EnginePage): Promise<string> {
  await tab.click({ css: 'article mark', name: /core element/ });
  const note = await tab.evaluate(() => document.querySelector('.sheet .sheet-note')?.textContent ?? '');
  await tab.click({ css: 'button', name: 'Done' });
  return note;
}

test('highlight and note survive a reload offline; Remove is undone; Export imports into a fresh profile', async ({
  engine,
  tab,
  server,
}) => {
  await tab.goto(server.url);
  await waitUntilOffline(tab);
  await highlight(tab, PHRASE);
  await addNote(tab, PHRASE, NOTE);
  expect(await storedNotes(tab)).toEqual([NOTE]);

  await server.stop();
  await tab.reload();
  await expect.poll(() => highlightTexts(tab), { message: 'the highlight is drawn again offline' }).toEqual([PHRASE]);
  expect(await shownNote(tab)).toBe(NOTE);

  await tab.click({ css: 'article mark', name: /core element/ });
  await tab.click({ css: 'button', name: 'Remove highlight' });
  await expect.poll(() => highlightTexts(tab)).toEqual([]);
  await tab.click({ css: 'button', name: 'Undo' });
  await expect.poll(() => highlightTexts(tab), { message: 'Undo put the highlight back' }).toEqual([PHRASE]);
  expect(await storedNotes(tab), 'with its note').toEqual([NOTE]);

  // Export: keep the file the app hands to the engine's download (the Blob behind its object URL).
  await tab.evaluate(() => {
    const original = URL.createObjectURL.bind(URL);
    const w = window as unknown as { __exported?: Promise<string> };
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) w.__exported = blob.text();
      return original(blob);
    };
  });
  await tab.click({ css: 'button', name: 'Export' });
  const exported = await expect
    .poll(() => tab.evaluate(() => (window as unknown as { __exported?: Promise<string> }).__exported ?? null))
    .not.toBeNull()
    .then(() => tab.evaluate(() => (window as unknown as { __exported: Promise<string> }).__exported));
  expect(JSON.parse(exported).type).toBe('AnnotationCollection');

  // A fresh profile of the same engine, at the same address (the server is back on the same port).
  const again = await startServer({ port: server.port });
  const dir = mkdtempSync(join(tmpdir(), 'bri-export-'));
  const fresh = await engine.freshProfile();
  try {
    const file = join(dir, 'bri-reader-annotations.json');
    writeFileSync(file, exported);
    await fresh.page.goto(server.url);
    expect(await highlightTexts(fresh.page), 'the fresh profile starts empty').toEqual([]);
    await expect
      .poll(() => fresh.page.evaluate(() => document.querySelector('#your-data-root input[type=file]') !== null))
      .toBe(true);
    await fresh.page.upload('#your-data-root input[type=file]', file);
    await expect.poll(() => highlightTexts(fresh.page), { message: 'Import drew the highlight' }).toEqual([PHRASE]);
    expect(await storedNotes(fresh.page)).toEqual([NOTE]);
    expect(await shownNote(fresh.page)).toBe(NOTE);
  } finally {
    await fresh.close();
    await again.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
