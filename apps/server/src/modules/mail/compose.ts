// One layout for every message: a sender gives its words, this renders the HTML part with
// React's static renderer, which escapes every text and attribute, and the plain-text part from
// the same words. No sender writes markup, so no user-supplied text can reach the HTML unescaped.
import type { Locale } from '@pbc/contract';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** What a message says, in the recipient's language. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A bulleted list after the paragraphs (an offer's contents); an item may link to its page. */
  items?: (string | { text: string; href: string })[];
  /** One call to action: an http(s) address only. */
  link?: { label: string; href: string };
  signature: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

function checkedHref(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`A mail link must be http(s), not ${url.protocol}`);
  return url.toString();
}

const bodyStyle = {
  fontFamily: 'Segoe UI, Helvetica, Arial, sans-serif',
  fontSize: '14px',
  color: '#242424',
  lineHeight: 1.5,
};

export function renderMail(content: MailContent, locale: Locale): RenderedMail {
  const href = content.link ? checkedHref(content.link.href) : null;
  const body: ReactNode[] = [
    h('p', { key: 'greeting' }, content.greeting),
    ...content.paragraphs.map((paragraph, i) => h('p', { key: `p${i}` }, paragraph)),
  ];
  if (content.items?.length)
    body.push(
      h(
        'ul',
        { key: 'items' },
        ...content.items.map((item, i) =>
          h(
            'li',
            { key: i },
            typeof item === 'string'
              ? item
              : h('a', { href: checkedHref(item.href), style: { color: '#0f6cbd' } }, item.text),
          ),
        ),
      ),
    );
  if (content.link && href)
    body.push(
      h('p', { key: 'link' }, h('a', { href, style: { color: '#0f6cbd' } }, content.link.label)),
    );
  body.push(h('p', { key: 'signature' }, content.signature));
  const html =
    '<!DOCTYPE html>' +
    renderToStaticMarkup(
      h(
        'html',
        { lang: locale },
        h('head', null, h('meta', { charSet: 'utf-8' }), h('title', null, content.subject)),
        h('body', { style: bodyStyle }, ...body),
      ),
    );
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(content.items?.length
      ? [
          content.items
            .map((item) =>
              typeof item === 'string' ? `- ${item}` : `- ${item.text}: ${checkedHref(item.href)}`,
            )
            .join('\n'),
        ]
      : []),
    ...(content.link && href ? [`${content.link.label}: ${href}`] : []),
    content.signature,
  ].join('\n\n');
  return { subject: content.subject, html, text: `${text}\n` };
}
