import { A, createAsync, useNavigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { getViewer } from '../lib/queries.js';
import { UserMenu } from './UserMenu.jsx';

export function Header() {
  const viewer = createAsync(() => getViewer());
  const navigate = useNavigate();
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
          const q = new FormData(event.currentTarget).get('q');
          navigate(`/?q=${encodeURIComponent(String(q ?? ''))}`);
        }}
      >
        <input name="q" type="search" placeholder="Search questions and answers…" aria-label="Search" autocomplete="off" />
      </form>
      <nav class="account">
        <Show
          when={viewer()}
          fallback={
            <>
              <A href="/login" class="button ghost">Log in</A>
              <A href="/signup" class="button">Sign up</A>
            </>
          }
        >
          {(user) => <UserMenu user={user()} />}
        </Show>
      </nav>
    </header>
  );
}
