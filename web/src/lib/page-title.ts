import { createEffect } from 'solid-js';

/** Each page names itself in the tab (and in history and bookmarks); undefined while its data loads. */
export function usePageTitle(title: () => string | null | undefined): void {
  createEffect(() => {
    const name = title();
    document.title = name ? `${name} — Commons` : 'Commons';
  });
}
