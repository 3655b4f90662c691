import { createEffect, createSignal, For, on, onCleanup, Show, type JSX } from 'solid-js';
import { MentionSuggestionsQuery, PreviewQuery } from '../graphql/documents.js';
import type { MentionSuggestionsQuery as Suggestions } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { uploadImage } from '../lib/uploads.js';
import { createDebounced } from '../lib/debounce.js';

type Candidate = Suggestions['mentionSuggestions'][number];

/** How each toolbar button changes the selection: text before and after it, and a placeholder. */
const formats = {
  bold: { label: 'Bold', keys: 'b', before: '**', after: '**', placeholder: 'bold text' },
  italic: { label: 'Italic', keys: 'i', before: '_', after: '_', placeholder: 'italic text' },
  link: { label: 'Link', keys: 'k', before: '[', after: '](https://)', placeholder: 'link text' },
  code: { label: 'Code', keys: 'e', before: '`', after: '`', placeholder: 'code' },
  codeBlock: { label: 'Code block', keys: '', before: '\n```\n', after: '\n```\n', placeholder: 'code' },
  list: { label: 'Bulleted list', keys: '', before: '\n- ', after: '', placeholder: 'item' },
  quote: { label: 'Quote', keys: '', before: '\n> ', after: '', placeholder: 'quoted text' },
  // Opens the file picker (see apply): images are uploaded, not linked.
  image: { label: 'Add image', keys: '', before: '', after: '', placeholder: '' },
} as const;
type Format = keyof typeof formats;
// Drawn, not emoji: a font without emoji would show empty boxes.
const svg = (path: string) => (
  <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"><path d={path} /></svg>
);
const icons: Record<Format, () => JSX.Element | string> = {
  bold: () => 'B',
  italic: () => 'I',
  link: () => svg('M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'),
  code: () => '</>',
  codeBlock: () => '{ }',
  list: () => svg('M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01'),
  quote: () => svg('M7 7h4v4c0 3-2 5-4 6M14 7h4v4c0 3-2 5-4 6'),
  image: () => svg('M4 5h16v14H4zM4 15l4-4 4 4 3-3 5 5M15.5 9.5h.01'),
};

/**
 * The markdown editor of questions and answers: a toolbar, a preview rendered by the server's own
 * renderer (so it is exactly the post), and @name completion. The textarea stays a plain
 * textarea: the browser's undo, spellcheck and mobile keyboards keep working.
 */
export function Composer(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  topicId?: string;
  rows?: number;
  placeholder?: string;
  invalid?: boolean;
  extraToolbar?: JSX.Element;
}) {
  let textarea!: HTMLTextAreaElement;
  const [tab, setTab] = createSignal<'write' | 'preview'>('write');
  const [previewHtml, setPreviewHtml] = createSignal<string | null>(null);
  const [mention, setMention] = createSignal<{ start: number; prefix: string } | null>(null);
  const [candidates, setCandidates] = createSignal<Candidate[]>([]);
  const [active, setActive] = createSignal(0);
  const [uploading, setUploading] = createSignal(0);
  const [uploadError, setUploadError] = createSignal<string | null>(null);
  let filePicker!: HTMLInputElement;

  // The preview follows the text while it is shown.
  const settled = createDebounced(() => props.value, 300);
  createEffect(
    on([tab, settled], async ([current, text]) => {
      if (current !== 'preview') return;
      if (!text.trim()) return setPreviewHtml('');
      const rendered = await request(PreviewQuery, { markdown: text }).catch(() => null);
      setPreviewHtml(rendered ? rendered.previewMarkdown : null);
    }),
  );

  const replace = (start: number, end: number, text: string, select?: [number, number]) => {
    textarea.focus();
    textarea.setSelectionRange(start, end);
    // execCommand keeps the browser's undo history; setRangeText is the fallback.
    if (!document.execCommand?.('insertText', false, text)) textarea.setRangeText(text, start, end, 'end');
    props.onInput(textarea.value);
    if (select) textarea.setSelectionRange(...select);
  };
  /** Uploads each image and puts its markdown where the caret was; errors show under the editor. */
  const addImages = async (files: Iterable<File>) => {
    setUploadError(null);
    for (const file of files) {
      setUploading(uploading() + 1);
      try {
        const image = await uploadImage(file);
        const alt = file.name.replace(/\.[a-z0-9]+$/i, '').replace(/[[\]]/g, '').slice(0, 80) || 'image';
        const at = textarea.selectionEnd;
        const lead = at > 0 && textarea.value[at - 1] !== '\n' ? '\n' : '';
        replace(at, at, `${lead}![${alt}](${image.url})\n`);
      } catch (e) {
        setUploadError(e instanceof ApiError ? e.message : 'The upload failed. Try again.');
      } finally {
        setUploading(uploading() - 1);
      }
    }
  };
  const imagesIn = (list: DataTransferItemList | FileList | null | undefined): File[] =>
    [...(list ?? [])].map((item) => (item instanceof File ? item : item.kind === 'file' ? item.getAsFile() : null)).filter((f): f is File => !!f && f.type.startsWith('image/'));

  const apply = (format: Format) => {
    if (format === 'image') return filePicker.click();
    const f = formats[format];
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    const selected = value.slice(start, end) || f.placeholder;
    // Line formats on a multi-line selection apply to every line.
    const body = f.before.startsWith('\n') && !f.before.includes('```') ? selected.split('\n').join(f.before) : selected;
    const before = start === 0 || value[start - 1] === '\n' ? f.before.replace(/^\n/, '') : f.before;
    replace(start, end, `${before}${body}${f.after}`, [start + before.length, start + before.length + body.length]);
  };

  // @mention: the word being typed right before the caret.
  const suggestFor = createDebounced(mention, 150);
  createEffect(
    on(suggestFor, async (m) => {
      if (!m || m.prefix.length < 2) return setCandidates([]);
      const found = await request(MentionSuggestionsQuery, { prefix: m.prefix, topicId: props.topicId ?? null }).catch(() => null);
      if (mention()?.prefix === m.prefix) setCandidates(found?.mentionSuggestions ?? []), setActive(0);
    }),
  );
  const trackMention = () => {
    const caret = textarea.selectionStart;
    const match = /(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.-]{0,50})$/u.exec(textarea.value.slice(0, caret));
    setMention(match ? { start: caret - match[1]!.length - 1, prefix: match[1]! } : null);
    if (!match) setCandidates([]);
  };
  const choose = (candidate: Candidate) => {
    const m = mention();
    if (!m) return;
    replace(m.start, textarea.selectionStart, `@${candidate.handle} `);
    setMention(null);
    setCandidates([]);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const list = candidates();
    if (list.length) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((active() + (event.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(list[active()]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setCandidates([]);
        return;
      }
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey) {
      const format = (Object.keys(formats) as Format[]).find((f) => formats[f].keys === event.key.toLowerCase());
      if (format) {
        event.preventDefault();
        apply(format);
      }
    }
  };
  const closeOnOutside = (event: MouseEvent) => !(event.target as Element).closest?.('.composer') && setCandidates([]);
  document.addEventListener('click', closeOnOutside);
  onCleanup(() => document.removeEventListener('click', closeOnOutside));

  return (
    <div class="composer">
      <div class="composer-bar">
        <div class="composer-tabs" role="tablist" aria-label="Write or preview">
          <button type="button" role="tab" aria-selected={tab() === 'write'} onClick={() => setTab('write')}>Write</button>
          <button type="button" role="tab" aria-selected={tab() === 'preview'} onClick={() => setTab('preview')}>Preview</button>
        </div>
        <Show when={tab() === 'write'}>
          <div class="composer-tools" role="toolbar" aria-label="Formatting" aria-controls={props.id}>
            <For each={Object.keys(formats) as Format[]}>
              {(format) => (
                <button
                  type="button"
                  class={`tool tool-${format}`}
                  aria-label={formats[format].label}
                  title={formats[format].keys ? `${formats[format].label} (Ctrl+${formats[format].keys.toUpperCase()})` : formats[format].label}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => apply(format)}
                >
                  {icons[format]()}
                </button>
              )}
            </For>
            {props.extraToolbar}
          </div>
        </Show>
      </div>
      <label class="visually-hidden" for={props.id}>{props.label}</label>
      <textarea
        ref={textarea}
        id={props.id}
        name={props.name}
        rows={props.rows ?? 8}
        hidden={tab() !== 'write'}
        value={props.value}
        placeholder={props.placeholder}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-autocomplete="list"
        aria-controls={candidates().length ? `${props.id}-mentions` : undefined}
        aria-activedescendant={candidates().length ? `${props.id}-mention-${active()}` : undefined}
        onInput={(e) => {
          props.onInput(e.currentTarget.value);
          trackMention();
        }}
        onKeyDown={onKeyDown}
        onClick={trackMention}
        onPaste={(event) => {
          const images = imagesIn(event.clipboardData?.items);
          if (images.length) {
            event.preventDefault();
            void addImages(images);
          }
        }}
        onDragOver={(event) => event.dataTransfer?.types.includes('Files') && event.preventDefault()}
        onDrop={(event) => {
          const images = imagesIn(event.dataTransfer?.files);
          if (images.length) {
            event.preventDefault();
            void addImages(images);
          }
        }}
      />
      <input
        ref={filePicker}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        multiple
        hidden
        aria-label="Add images"
        onChange={(e) => {
          void addImages([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = '';
        }}
      />
      <Show when={uploading() > 0}><p class="muted upload-status" role="status">Uploading {uploading() === 1 ? 'image' : `${uploading()} images`}…</p></Show>
      <Show when={uploadError()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      <Show when={candidates().length > 0 && tab() === 'write'}>
        <ul class="mention-list" id={`${props.id}-mentions`} role="listbox" aria-label="Members to mention">
          <For each={candidates()}>
            {(candidate, index) => (
              <li id={`${props.id}-mention-${index()}`} role="option" aria-selected={index() === active()} classList={{ active: index() === active() }} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(candidate)}>
                <strong>@{candidate.handle}</strong> <span class="muted">{candidate.displayName}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={tab() === 'preview'}>
        {/* The server's rendering: escaped and sanitized exactly as the post will be. */}
        <Show when={previewHtml() !== null} fallback={<p class="muted composer-preview">Loading the preview…</p>}>
          <div class="post-body composer-preview" data-testid="preview" innerHTML={previewHtml() || '<p class="muted">Nothing to preview yet.</p>'} />
        </Show>
      </Show>
    </div>
  );
}
