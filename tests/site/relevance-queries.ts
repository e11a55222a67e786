/**
 * Queries as merchants and sales reps type them, each with the page that must come up in the
 * first three results. Written against the real content: when a query fails, improve the
 * content's aliases or the glossary's synonyms before touching the query.
 */
export const RELEVANCE_QUERIES: { query: string; expect: string }[] = [
  // Money did not arrive
  { query: '钱没到账', expect: '/faq/money-not-arrived/' },
  { query: '刷卡机不到账', expect: '/faq/money-not-arrived/' },
  { query: '到账慢', expect: '/faq/money-not-arrived/' },
  { query: '为什么不结算', expect: '/faq/why-settlement-fails/' },
  { query: '无法结算怎么办', expect: '/faq/how-to-fix-settlement-failure/' },
  { query: '只到账一部分', expect: '/faq/partial-settlement/' },
  { query: 'T+1 节假日', expect: '/faq/holiday-settlement/' },
  { query: '周末刷卡什么时候到账', expect: '/faq/holiday-settlement/' },
  { query: '二类卡大额不到账', expect: '/faq/class-ii-account-limit/' },
  { query: '延迟结算', expect: '/faq/delayed-settlement-risk/' },
  { query: '商户被冻结', expect: '/faq/account-frozen/' },
  { query: '解冻要多久', expect: '/faq/unfreeze-how-long/' },
  // Codes on the screen
  { query: '51', expect: '/codes/51/' },
  { query: 'A0', expect: '/codes/A0/' },
  { query: '屏幕显示数字代码', expect: '/faq/response-code-on-screen/' },
  // Fees
  { query: '扣点太高', expect: '/faq/fees-higher-than-expected/' },
  { query: '手续费怎么算', expect: '/faq/how-fees-are-made/' },
  { query: '手续费上限', expect: '/fees/card-fee-caps/' },
  { query: '费率升级电话', expect: '/faq/rate-upgrade-call-scam/' },
  { query: '费率会涨吗', expect: '/faq/rate-change-notice/' },
  { query: 'D0是什么', expect: '/faq/t1-vs-d0/' },
  // Applying (sales reps)
  { query: '办pos要什么资料', expect: '/faq/documents-needed/' },
  { query: '个体户办理', expect: '/requirements/geti/' },
  { query: '没有营业执照能办吗', expect: '/faq/xiaowei-without-licence/' },
  { query: '去哪里办pos机', expect: '/faq/application-channels/' },
  { query: '拉卡拉官网申请', expect: '/channels/official-website/' },
  { query: '审核要多久', expect: '/faq/review-process/' },
  { query: '申请被驳回', expect: '/faq/why-application-rejected/' },
  { query: '哪个牌子的pos机好', expect: '/faq/choosing-provider/' },
  { query: '支付牌照怎么查', expect: '/brands/payment-licence/' },
  // Terminal and daily use
  { query: '刷卡机连不上网', expect: '/faq/terminal-no-network/' },
  { query: '刷卡机坏了找谁修', expect: '/faq/terminal-fault-repair/' },
  { query: '每天要签到吗', expect: '/faq/sign-in-and-settle-buttons/' },
  { query: '大额刷不了', expect: '/faq/amount-over-limit/' },
  { query: '刷卡机能带到外地用吗', expect: '/faq/moved-terminal/' },
  { query: '顾客被扣了两次钱', expect: '/faq/charged-twice/' },
  { query: '顾客要退款', expect: '/faq/void-vs-refund/' },
  { query: '小票要留多久', expect: '/faq/keeping-records/' },
  { query: '跳码怎么查', expect: '/faq/jump-code-check/' },
  // Scams and complaints
  { query: '客服让我报验证码', expect: '/faq/verification-code-request/' },
  { query: '银联登记到期', expect: '/faq/unionpay-registration-expiring-scam/' },
  { query: '免费送机要交押金', expect: '/faq/free-terminal-activation-fee/' },
  { query: '怎么投诉', expect: '/faq/how-to-complain/' },
  { query: '12363', expect: '/faq/how-to-complain/' },
  { query: '刷满返现靠谱吗', expect: '/faq/cashback-points-promotions/' },
];
