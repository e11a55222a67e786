import type { SynonymGroup } from './index-terms';

/**
 * Everyday words merchants type that the glossary has no entry for. Each group is a set of
 * words that mean the same thing to a merchant; a page that says one of them is also found by
 * the others. Prefer adding aliases or synonyms to a glossary entry; keep here only plain
 * speech that would not make a glossary term.
 */
export const MERCHANT_WORDS: SynonymGroup[] = [
  { words: ['POS机', 'POS', '刷卡机', '收款机', '机器', '机子', '终端'] },
  { words: ['不到账', '没到账', '未到账', '钱没到', '没收到钱', '没结算', '未结算', '结算失败', '无法结算'] },
  { words: ['到账慢', '到账晚', '延迟到账', '晚到账'] },
  { words: ['手续费', '费率', '扣点', '扣费', '点数'] },
  { words: ['冻结', '被冻', '封了', '停用', '止付'] },
  { words: ['办理', '申请', '开通'] },
  { words: ['资料', '材料', '证件'] },
  { words: ['个体工商户', '个体户', '个体'] },
  { words: ['小微商户', '小微', '无营业执照'] },
  { words: ['企业', '公司'] },
  { words: ['客服', '热线', '电话'] },
  { words: ['投诉', '举报', '维权'] },
];
