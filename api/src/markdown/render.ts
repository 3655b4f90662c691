import MarkdownIt from 'markdown-it';

/**
 * Raw HTML in posts is escaped, never passed through (html: false), and markdown-it's link
 * validation refuses javascript:, vbscript:, file: and non-image data: URLs. So a post can
 * carry <script>, <iframe> or javascript: links only as harmless text.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // User links must not pass reputation to spam sites or get a handle on this window.
  tokens[idx]!.attrSet('rel', 'nofollow ugc noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Images come only from this site's uploads. A remote image would be fetched by every reader's
// browser and tell its host who reads which thread: it is shown as a link to open on purpose.
const OWN_IMAGE = /^\/uploads\/[0-9a-f]{64}\.webp$/;
const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = token.attrGet('src') ?? '';
  if (OWN_IMAGE.test(src)) {
    token.attrSet('loading', 'lazy');
    token.attrSet('decoding', 'async');
    return defaultImage(tokens, idx, options, env, self);
  }
  const alt = self.renderInlineAsText(token.children ?? [], options, env) || 'image';
  const safe = markdown.validateLink(src) ? markdown.utils.escapeHtml(markdown.normalizeLink(src)) : null;
  const label = `${markdown.utils.escapeHtml(alt)} (external image)`;
  return safe ? `<a href="${safe}" rel="nofollow ugc noopener noreferrer" class="external-image">${label}</a>` : label;
};

/** Text as HTML that shows it literally: for names, titles and search marks outside markdown. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
