import { createSignal, Match, Switch } from 'solid-js';
import { sendSignal } from '../lib/signals.js';

/** "Did this solve your problem?" under a resolved thread: the clearest deflection signal there is. */
export function SolvedPrompt(props: { topicId: string }) {
  const [answered, setAnswered] = createSignal<'yes' | 'no' | null>(null);
  const reply = (solved: boolean) => {
    sendSignal({ kind: solved ? 'SOLVED' : 'NOT_SOLVED', topicId: props.topicId });
    setAnswered(solved ? 'yes' : 'no');
  };
  return (
    <div class="solved-prompt card" data-testid="solved-prompt">
      <Switch>
        <Match when={answered() === null}>
          <span>Did this solve your problem?</span>
          <button class="button ghost small" onClick={() => reply(true)}>Yes</button>
          <button class="button ghost small" onClick={() => reply(false)}>No</button>
        </Match>
        <Match when={answered() === 'yes'}>
          <span role="status">Thanks! Glad the community could help.</span>
        </Match>
        <Match when={answered() === 'no'}>
          <span role="status">
            Sorry it did not. <a href="/ask">Ask your own question</a> with what is different for you.
          </span>
        </Match>
      </Switch>
    </div>
  );
}
