/** Feedback links that open a prefilled message; nothing is sent until the reader sends it. */

export interface FeedbackTarget {
  /** The operator's address, used when there is no form. */
  email: string;
  /** A form (e.g. a survey service) that takes `page` and `title` query parameters. */
  formUrl?: string | undefined;
}

export interface FeedbackPage {
  title: string;
  /** Absolute URL of the page. */
  url: string;
}

export type Verdict = 'helpful' | 'not-helpful';

const SUBJECT: Record<Verdict, string> = {
  helpful: '有帮助',
  'not-helpful': '没有解决我的问题',
};

/** The UTF-8 bytes of one or more characters beyond ASCII, as `encodeURIComponent` writes them. */
const ENCODED_NON_ASCII = /(?:%[89A-F][0-9A-F])+/gi;

/**
 * mailto: needs %20, not `+`, for spaces: URLSearchParams would write `+`. Characters beyond
 * ASCII (the Chinese of the title) stay as they are: an address in HTML may hold them, the
 * browser encodes them when the link is followed, and written out they take a third of the
 * bytes on every page that carries the link.
 */
function mailto(address: string, fields: Record<string, string>): string {
  const query = Object.entries(fields)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(ENCODED_NON_ASCII, decodeURIComponent)}`)
    .join('&');
  return `mailto:${address}?${query}`;
}

export function feedbackHref(target: FeedbackTarget, page: FeedbackPage, verdict: Verdict): string {
  if (target.formUrl) {
    const url = new URL(target.formUrl);
    url.searchParams.set('page', page.url);
    url.searchParams.set('title', page.title);
    url.searchParams.set('verdict', verdict);
    return url.href;
  }
  const body =
    verdict === 'helpful'
      ? `页面：${page.title}\n地址：${page.url}\n\n（可以写下哪里最有用，也可以直接发送）\n`
      : `页面：${page.title}\n地址：${page.url}\n\n我遇到的情况：\n\n我希望页面补充：\n\n（请不要填写身份证号、银行卡号、密码或验证码）\n`;
  return mailto(target.email, { subject: `【${SUBJECT[verdict]}】${page.title}`, body });
}
