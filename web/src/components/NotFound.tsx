import { A, useNavigate } from '@solidjs/router';
import { usePageTitle } from '../lib/page-title.js';

/** A dead end with ways out: search for what was wanted, or go back to all questions. */
export function NotFound(props: { title?: string; message?: string }) {
  const navigate = useNavigate();
  usePageTitle(() => props.title ?? 'Page not found');
  return (
    <section class="dead-end" data-testid="not-found">
      <h1>{props.title ?? 'Page not found'}</h1>
      <p class="muted">{props.message ?? 'Nothing lives at this address. It may have been moved or removed, or the link is mistyped.'}</p>
      <form
        class="dead-end-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
          if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
        }}
      >
        <input name="q" type="search" aria-label="Search the community" placeholder="Search the community…" />
        <button class="button" type="submit">Search</button>
      </form>
      <p><A href="/">← Back to all questions</A></p>
    </section>
  );
}
