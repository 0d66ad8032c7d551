// First bundle (tiny): islands whose code is not needed for the first screen, loaded after it: the panels
// behind toolbar buttons, and the sections at the end of the page. They are precached like everything else,
// so offline they load from the device in a few milliseconds.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Runs `task` once the browser is idle after the first screen (at most 2 s later; soon where idle is unknown). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/**
 * A component whose code loads later: when the browser is idle, or at once when `now` turns true (the reader
 * opened its panel first). Renders nothing until it is here; the panel then opens as if it had always been.
 */
export function Later({ load, now = false }: { load: () => Promise<ComponentType>; now?: boolean }) {
  const [Component, setComponent] = useState<ComponentType | null>(null);
  const [wanted, setWanted] = useState(now);
  useEffect(() => whenIdle(() => setWanted(true)), []);
  useEffect(() => {
    if (!(wanted || now) || Component) return;
    load().then((loaded) => setComponent(() => loaded), reportError);
  }, [wanted, now, Component, load]);
  return Component ? <Component /> : null;
}
