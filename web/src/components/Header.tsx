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
    <header class="header">
      <A href="/" class="brand">
        <span class="brand-mark">◆</span> Commons
      </A>
      <form
        class="search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/search?q=${encodeURIComponent(typed())}`);
        }}
      >
        <input name="q" type="search" placeholder="Search questions and answers…" aria-label="Search" autocomplete="off" value={typed()} onInput={(e) => setTyped(e.currentTarget.value)} />
      </form>
      <nav class="account">
        <A href="/leaderboard" class="button ghost">Top helpers</A>
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
