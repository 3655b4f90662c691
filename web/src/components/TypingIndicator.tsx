import { createSignal, For, onCleanup, Show } from 'solid-js';
import { TypingSubscription } from '../graphql/documents.js';
import { subscribeLive } from '../lib/live.js';

const SHOWN_FOR_MS = 4_000;

/** "Ann is typing…": a signal every couple of seconds keeps a name shown; silence lets it fade. */
export function TypingIndicator(props: { topicId: string }) {
  const [typing, setTyping] = createSignal<Record<string, { name: string; until: number }>>({});
  const stop = subscribeLive({
    document: TypingSubscription,
    variables: () => ({ topicId: props.topicId }),
    after: null,
    pick: (result) => result.typing,
    onItem: (signal) => setTyping({ ...typing(), [signal.user.id]: { name: signal.user.displayName, until: Date.now() + SHOWN_FOR_MS } }),
  });
  const timer = setInterval(() => {
    const now = Date.now();
    const current = typing();
    if (Object.values(current).some((t) => t.until <= now)) {
      setTyping(Object.fromEntries(Object.entries(current).filter(([, t]) => t.until > now)));
    }
  }, 500);
  onCleanup(() => {
    stop();
    clearInterval(timer);
  });
  const names = () => Object.values(typing()).map((t) => t.name);
  return (
    <Show when={names().length > 0}>
      <p class="typing" aria-live="polite">
        <For each={names()}>{(name, i) => <>{i() > 0 ? ', ' : ''}<strong>{name}</strong></>}</For>
        {names().length === 1 ? ' is' : ' are'} typing…
      </p>
    </Show>
  );
}
