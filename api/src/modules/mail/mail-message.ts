import type { MailContent } from './mail-outbox.repository';

/** A short message: a greeting, a few paragraphs and at most one link to act on. Never clinical content. */
export interface MailMessage {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** The last line, after the action: why they received it, what to do if it was not them. */
  footer?: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);

/** The same message as plain text and as simple, escaped HTML. */
export function renderMail(message: MailMessage): MailContent {
  const { action, footer } = message;
  const text = [message.greeting, ...message.paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), ...(footer ? [footer] : []), '— Cohesion'].join(
    '\n\n',
  );
  const paragraph = (content: string) => `<p style="margin:0 0 16px">${content}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;max-width:36rem">',
    paragraph(escapeHtml(message.greeting)),
    ...message.paragraphs.map((content) => paragraph(escapeHtml(content))),
    ...(action ? [paragraph(`<a href="${escapeHtml(action.url)}" style="color:#0b5cad;font-weight:600">${escapeHtml(action.label)}</a>`)] : []),
    ...(footer ? [paragraph(`<span style="color:#52606d;font-size:14px">${escapeHtml(footer)}</span>`)] : []),
    paragraph('— Cohesion'),
    '</body></html>',
  ].join('');
  return { subject: message.subject, text, html };
}
