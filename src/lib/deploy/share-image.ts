/** The default link-preview image in public/ (WeChat, Open Graph, Twitter cards). */
export const SHARE_IMAGE = {
  path: '/og/default.png',
  width: 1200,
  height: 630,
  alt: 'POS 结算帮助站：拉卡拉 POS 机无法结算，先查原因、找办法',
} as const;
