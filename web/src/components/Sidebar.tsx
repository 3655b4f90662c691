import { createSignal, type JSX } from 'solid-js';

/**
 * A page's side column (categories, search filters). On a phone it folds behind one button,
 * so the first screen shows the questions, not the navigation.
 */
export function Sidebar(props: { label: string; children: JSX.Element }) {
  const [open, setOpen] = createSignal(false);
  return (
    <aside class="sidebar" classList={{ open: open() }} aria-label={props.label}>
      <button class="button ghost sidebar-toggle" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {props.label} {open() ? '▴' : '▾'}
      </button>
      <div class="sidebar-body">{props.children}</div>
    </aside>
  );
}
