/**
 * schema.org JSON-LD for search engines, built from the same data the page shows.
 * Shapes follow schema.org and Google's required properties for BreadcrumbList and FAQPage.
 */

export interface Crumb {
  label: string;
  /** Empty for the current page, which the breadcrumb trail does not link. */
  href: string;
}

export interface BreadcrumbList {
  '@context': 'https://schema.org';
  '@type': 'BreadcrumbList';
  itemListElement: { '@type': 'ListItem'; position: number; name: string; item: string }[];
}

/** `crumbs` as the page shows them (home first, current page last); `pageUrl` is the absolute URL of this page. */
export function breadcrumbList(crumbs: Crumb[], pageUrl: string): BreadcrumbList {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: new URL(crumb.href || pageUrl, pageUrl).href,
    })),
  };
}

export interface FaqPage {
  '@context': 'https://schema.org';
  '@type': 'FAQPage';
  url: string;
  mainEntity: { '@type': 'Question'; name: string; acceptedAnswer: { '@type': 'Answer'; text: string } }[];
}

/** One question per FAQ entry page: the title is the question, the short answer shown first is the answer. */
export function faqPage(question: { title: string; answer: string }, pageUrl: string): FaqPage {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: pageUrl,
    mainEntity: [
      {
        '@type': 'Question',
        name: question.title,
        acceptedAnswer: { '@type': 'Answer', text: question.answer },
      },
    ],
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so no value can
 * close the element or open a comment; JSON.parse reads the escapes back unchanged.
 */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
