import { createUniqueId, Show } from 'solid-js';

/** A labelled input with the server's message for this field under it. */
export function FormField(props: { label: string; name: string; type?: string; error?: string; autocomplete?: string; hint?: string; value?: string; required?: boolean; maxLength?: number }) {
  // Unique on the page: Settings has a "current password" field in two forms.
  const unique = createUniqueId();
  const id = () => `field-${props.name}-${unique}`;
  return (
    <div class="field">
      <label for={id()}>{props.label}</label>
      <input
        id={id()}
        name={props.name}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id()}-error` : props.hint ? `${id()}-hint` : undefined}
        value={props.value ?? ''}
        maxLength={props.maxLength}
        required={props.required ?? true}
      />
      <Show when={props.hint && !props.error}>
        <small class="muted" id={`${id()}-hint`}>{props.hint}</small>
      </Show>
      <Show when={props.error}>
        <small class="field-error" id={`${id()}-error`}>{props.error}</small>
      </Show>
    </div>
  );
}
