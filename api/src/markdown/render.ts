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

/** Text as HTML that shows it literally: for names, titles and search marks outside markdown. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
