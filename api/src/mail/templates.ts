import { escapeHtml } from '../markdown/render.js';

/** A rendered email: both parts always, so every client shows something readable. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** What an email says, as blocks; the layout turns them into the HTML and plain-text parts. */
export type Block =
  | { text: string }
  | { quote: string }
  | { button: string; url: string }
  | { link: string; url: string; note?: string }
  | { heading: string; url?: string };

export interface Letter {
  subject: string;
  /** Shown by mail clients beside the subject. */
  preview?: string;
  blocks: Block[];
  /** Why the member gets this email. */
  reason: string;
  /** Notification emails: stop this kind with one click. Account emails have none (they are the account's own). */
  unsubscribeUrl?: string;
  site: string;
}

const siteName = 'Commons';

/**
 * Plain template functions rather than a template engine: a dozen short emails, typed inputs,
 * every value escaped in one place (escapeHtml), and no second syntax to learn.
 */
export function render(letter: Letter): MailContent {
  const html: string[] = [];
  const text: string[] = [];
  for (const block of letter.blocks) {
    if ('text' in block) {
      html.push(`<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`);
      text.push(block.text, '');
    } else if ('quote' in block) {
      html.push(`<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #c7d2fe;color:#374151">${escapeHtml(block.quote)}</blockquote>`);
      text.push(block.quote.split('\n').map((line) => `> ${line}`).join('\n'), '');
    } else if ('button' in block) {
      html.push(
        `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;background:#3730a3;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(block.button)}</a></p>`,
      );
      text.push(`${block.button}: ${block.url}`, '');
    } else if ('link' in block) {
      html.push(`<p style="margin:0 0 8px"><a href="${escapeHtml(block.url)}">${escapeHtml(block.link)}</a>${block.note ? ` <span style="color:#6b7280">${escapeHtml(block.note)}</span>` : ''}</p>`);
      text.push(`${block.link}${block.note ? ` (${block.note})` : ''}`, `  ${block.url}`);
    } else {
      html.push(`<h2 style="font-size:16px;margin:20px 0 8px">${block.url ? `<a href="${escapeHtml(block.url)}">${escapeHtml(block.heading)}</a>` : escapeHtml(block.heading)}</h2>`);
      text.push('', block.heading.toUpperCase(), ...(block.url ? [block.url] : []));
    }
  }
  const settingsUrl = `${letter.site}/settings`;
  const footerText = [
    '--',
    letter.reason,
    'Replies to this email are not read: answer on the forum instead.',
    ...(letter.unsubscribeUrl ? [`Unsubscribe: ${letter.unsubscribeUrl}`] : []),
    `Email settings: ${settingsUrl}`,
  ];
  const footerHtml = [
    escapeHtml(letter.reason),
    'Replies to this email are not read: answer on the forum instead.',
    [
      ...(letter.unsubscribeUrl ? [`<a href="${escapeHtml(letter.unsubscribeUrl)}">Unsubscribe</a>`] : []),
      `<a href="${escapeHtml(settingsUrl)}">Email settings</a>`,
    ].join(' · '),
  ];
  return {
    subject: letter.subject,
    text: [...text, ...footerText].join('\n').replace(/\n{3,}/g, '\n\n'),
    html: `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(letter.subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111827">
${letter.preview ? `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(letter.preview)}</div>` : ''}
<div style="max-width:560px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 16px;font-weight:700"><a href="${escapeHtml(letter.site)}" style="color:#3730a3;text-decoration:none">${siteName}</a></p>
<div style="background:#ffffff;border-radius:8px;padding:24px">
${html.join('\n')}
</div>
<p style="margin:16px 0 0;font-size:12px;color:#6b7280">${footerHtml.join('<br>')}</p>
</div></body></html>`,
  };
}

const greeting = (name: string) => ({ text: `Hi ${name},` });

export const accountLetters = {
  verifyEmail: (site: string, name: string, url: string, hours: number): MailContent =>
    render({
      site,
      subject: 'Confirm your email address',
      preview: 'One click to confirm your address on Commons.',
      blocks: [
        greeting(name),
        { text: 'Confirm that this address is yours, so we can email you when someone answers your questions.' },
        { button: 'Confirm my address', url },
        { text: `The link works for ${hours} hours. If you did not sign up, ignore this email: nothing happens without the link.` },
      ],
      reason: 'You get this email because this address was used to sign up on Commons.',
    }),
  resetPassword: (site: string, name: string, url: string, minutes: number): MailContent =>
    render({
      site,
      subject: 'Reset your password',
      preview: 'A link to choose a new password.',
      blocks: [
        greeting(name),
        { text: 'Someone (we hope you) asked to reset the password of your Commons account.' },
        { button: 'Choose a new password', url },
        { text: `The link works once, for ${minutes} minutes. Setting a new password signs out every other device. If you did not ask, ignore this email: your password stays as it is.` },
      ],
      reason: 'You get this email because a password reset was requested for this address.',
    }),
  signUpAttempt: (site: string, name: string): MailContent =>
    render({
      site,
      subject: 'Someone tried to sign up with your address',
      blocks: [
        greeting(name),
        { text: 'Someone tried to create a new Commons account with this address. It already has an account: yours. Nothing was changed.' },
        { link: 'Log in', url: `${site}/login` },
        { link: 'Forgot your password? Reset it', url: `${site}/forgot-password` },
      ],
      reason: 'You get this email because this address has a Commons account.',
    }),
  confirmEmailChange: (site: string, name: string, url: string, hours: number): MailContent =>
    render({
      site,
      subject: 'Confirm your new email address',
      blocks: [
        greeting(name),
        { text: 'You asked to move your Commons account to this address. Open the link to confirm it; until then, the old address stays.' },
        { button: 'Use this address', url },
        { text: `The link works for ${hours} hours. If you did not ask for this, ignore this email.` },
      ],
      reason: 'You get this email because someone asked to move a Commons account to this address.',
    }),
  emailChangeRequested: (site: string, name: string, newAddress: string): MailContent =>
    render({
      site,
      subject: 'Your email address is about to change',
      blocks: [
        greeting(name),
        { text: `Someone signed in to your account asked to move it to ${newAddress}. It changes only when the link sent there is opened.` },
        { text: 'If this was not you, change your password now: that signs out every other device.' },
        { link: 'Reset my password', url: `${site}/forgot-password` },
      ],
      reason: 'You get this email because it is about your Commons account.',
    }),
  emailChanged: (site: string, name: string, newAddress: string): MailContent =>
    render({
      site,
      subject: 'Your email address was changed',
      blocks: [
        greeting(name),
        { text: `Your Commons account now uses ${newAddress}; email no longer comes here.` },
        { text: 'If this was not you, write to the forum staff at once: the account may have been taken over.' },
      ],
      reason: 'You get this email because this address belonged to a Commons account.',
    }),
  addressTaken: (site: string): MailContent =>
    render({
      site,
      subject: 'This address already has an account',
      blocks: [
        { text: 'Someone asked to move a Commons account to this address, but this address already has an account, so nothing changed.' },
        { link: 'Forgot your password? Reset it', url: `${site}/forgot-password` },
      ],
      reason: 'You get this email because this address has a Commons account.',
    }),
  passwordChanged: (site: string, name: string): MailContent =>
    render({
      site,
      subject: 'Your password was changed',
      blocks: [
        greeting(name),
        { text: 'The password of your Commons account was just changed, and every other device was signed out.' },
        { text: 'If this was not you, reset it now.' },
        { link: 'Reset my password', url: `${site}/forgot-password` },
      ],
      reason: 'You get this email because it is about your Commons account.',
    }),
};
