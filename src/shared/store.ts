// First bundle: the one tiny store the islands use (a value, a merge, a hook), instead of a state library.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Store<T> {
  /** The current value (never mutate it; use `set`). */
  get(): T;
  /** Merges a change into the value and re-renders the components that read it. */
  set(change: Partial<T>): void;
  /** A component hook: the selected part of the value, re-rendered when the value changes. */
  use<S>(select: (value: T) => S): S;
}

/** Creates a store holding `initial`. */
export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(change) {
      value = { ...value, ...change };
      for (const listener of listeners) listener();
    },
    use<S>(select: (value: T) => S): S {
      const [selected, setSelected] = useState(() => select(value));
      // The latest selector, so components may pass an inline function without re-subscribing every render.
      const latest = useRef(select);
      latest.current = select;
      useEffect(() => {
        const update = () => setSelected(() => latest.current(value));
        listeners.add(update);
        update();
        return () => {
          listeners.delete(update);
        };
      }, []);
      return selected;
    },
  };
}
