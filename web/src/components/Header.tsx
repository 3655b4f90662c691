import { A, createAsync, useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { createDebounced } from '../lib/debounce.js';
import { getViewer } from '../lib/queries.js';
import { NotificationBell } from './NotificationBell.jsx';
import { UserMenu } from './UserMenu.jsx';

export function Header() {
  // Unreachable API: the header still shows (as for a visitor); the page below says what went wrong.
  const viewer = createAsync(() => getViewer().catch(() => null));
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams<{ q?: string }>();
  const [typed, setTyped] = createSignal(params.q ?? '');
  // On a phone the search box opens below the bar from a button; on wider screens it is always there.
  const [searchOpen, setSearchOpen] = createSignal(false);
  let searchInput: HTMLInputElement | undefined;
  const settled = createDebounced(typed, 250);
  // Results as you type: once the typing settles, the search page follows the box.
  createEffect(
    on(settled, (q) => {
      if (q.trim().length >= 2 && (location.pathname !== '/search' || params.q !== q)) {
        navigate(`/search?q=${encodeURIComponent(q)}`, { replace: location.pathname === '/search' });
      }
    }, { defer: true }),
  );
  return (
    // On the search page the box stays open on phones too: it holds the query being refined.
    <header class="header" classList={{ 'search-open': searchOpen() || location.pathname === '/search' }}>
      <A href="/" class="brand">
        <span class="brand-mark" aria-hidden="true">◆</span> Commons
      </A>
      <form
        class="search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/search?q=${encodeURIComponent(typed())}`);
        }}
      >
        <input ref={searchInput} name="q" type="search" placeholder="Search questions and answers…" aria-label="Search" autocomplete="off" value={typed()} onInput={(e) => setTyped(e.currentTarget.value)} />
      </form>
      <nav class="account" aria-label="Account">
        <button
          class="button ghost search-toggle"
          aria-label="Search"
          aria-expanded={searchOpen()}
          onClick={() => {
            setSearchOpen(!searchOpen());
            if (searchOpen()) queueMicrotask(() => searchInput?.focus());
          }}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" /><path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" /></svg>
        </button>
        <A href="/leaderboard" class="button ghost wide-only">Top helpers</A>
        <Show
          when={viewer()}
          fallback={
            <>
              <A href="/login" class="button ghost">Log in</A>
              <A href="/signup" class="button">Sign up</A>
            </>
          }
        >
          {(user) => (
            <>
              <NotificationBell />
              <UserMenu user={user()} />
            </>
          )}
        </Show>
      </nav>
    </header>
  );
}
