import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, jsonLd } from './structured-data';

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1 and makes every item absolute, the current page included', () => {
    const list = breadcrumbList(
      [
        { label: '首页', href: '/kb/' },
        { label: '常见问题', href: '/kb/faq/' },
        { label: '钱没到账怎么办', href: '' },
      ],
      'https://help.example.com/kb/faq/money/',
    );
    expect(list['@type']).toBe('BreadcrumbList');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://help.example.com/kb/' },
      { '@type': 'ListItem', position: 2, name: '常见问题', item: 'https://help.example.com/kb/faq/' },
      { '@type': 'ListItem', position: 3, name: '钱没到账怎么办', item: 'https://help.example.com/kb/faq/money/' },
    ]);
  });
});

describe('faqPage', () => {
  it('has one Question with an accepted Answer', () => {
    const page = faqPage({ title: '什么是无法结算？', answer: '交易成功但钱没有按时到账。' }, 'https://h.example.com/faq/x/');
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: '什么是无法结算？', acceptedAnswer: { '@type': 'Answer', text: '交易成功但钱没有按时到账。' } }],
    });
  });
});

describe('jsonLd', () => {
  it('cannot close its script element and parses back to the same data', () => {
    const data = { text: '</script><!-- a & b >' };
    const out = jsonLd(data);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});
