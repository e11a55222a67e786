import { describe, expect, it } from 'vitest';
import { feedbackHref } from './feedback';

const page = { title: '钱没到账怎么办？', url: 'https://help.example.com/kb/faq/money-not-arrived/' };

describe('feedbackHref', () => {
  it('prefills a mail with the page title and URL', () => {
    const href = feedbackHref({ email: 'ops@example.org' }, page, 'not-helpful');
    expect(href.startsWith('mailto:ops@example.org?subject=')).toBe(true);
    expect(href).not.toContain('+');
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('【没有解决我的问题】钱没到账怎么办？');
    expect(params.get('body')).toContain(page.url);
    expect(params.get('body')).toContain(page.title);
  });

  it('writes Chinese as it is and encodes what a URL cannot hold, so the browser sends the same address', () => {
    const href = feedbackHref({ email: 'ops@example.org' }, { title: '费率 & 结算？#1', url: 'https://h.example/a/' }, 'helpful');
    expect(href).toContain('subject=【有帮助】费率%20%26%20结算？%231&body=');
    expect(href).not.toMatch(/\s/);
    const sent = new URL(href);
    expect(new URLSearchParams(sent.search).get('subject')).toBe('【有帮助】费率 & 结算？#1');
  });

  it('sends readers to the configured form with the page as query parameters', () => {
    const href = feedbackHref({ email: 'ops@example.org', formUrl: 'https://forms.example.org/f/1?src=site' }, page, 'helpful');
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://forms.example.org/f/1');
    expect(url.searchParams.get('src')).toBe('site');
    expect(url.searchParams.get('page')).toBe(page.url);
    expect(url.searchParams.get('title')).toBe(page.title);
    expect(url.searchParams.get('verdict')).toBe('helpful');
  });
});
