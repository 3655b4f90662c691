import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';

/** The value, once it has stopped changing for `ms`: typing-speed input becomes one request. */
export function createDebounced<T>(source: Accessor<T>, ms: number): Accessor<T> {
  const [value, setValue] = createSignal<T>(source());
  createEffect(
    on(source, (next) => {
      const timer = setTimeout(() => setValue(() => next), ms);
      onCleanup(() => clearTimeout(timer));
    }, { defer: true }),
  );
  return value;
}
