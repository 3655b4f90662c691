import { Show } from 'solid-js';

/** The member's picture, or their initial on a colour of their own (the same on every page). */
export function Avatar(props: { user: { id: string; displayName: string; avatarUrl?: string | null }; size?: number }) {
  const size = () => props.size ?? 29;
  const hue = () => [...props.user.id].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 360, 7);
  return (
    <Show
      when={props.user.avatarUrl}
      fallback={
        <span
          class="avatar"
          aria-hidden="true"
          style={{ width: `${size()}px`, height: `${size()}px`, 'font-size': `${Math.round(size() * 0.45)}px`, background: `hsl(${hue()} 70% 88%)`, color: `hsl(${hue()} 60% 28%)` }}
        >
          {props.user.displayName.slice(0, 1).toUpperCase()}
        </span>
      }
    >
      {(url) => <img class="avatar" src={url()} alt="" width={size()} height={size()} style={{ width: `${size()}px`, height: `${size()}px` }} />}
    </Show>
  );
}
