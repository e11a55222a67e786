/** The fields of the "ready for support" form, with the most characters each may hold. */
export const SUPPORT_FIELDS = {
  serial: { label: '终端序列号', max: 40 },
  merchant: { label: '商户编号', max: 30 },
  time: { label: '交易时间', max: 40 },
  amount: { label: '金额', max: 20 },
  message: { label: '屏幕提示', max: 200 },
} as const;

export type SupportField = keyof typeof SUPPORT_FIELDS;
export type SupportInput = Partial<Record<SupportField, string>>;

const EMPTY = '（未填写）';

/** Trim, drop control characters and cut to the field's limit: the text is only ever plain text. */
export function cleanField(value: string | undefined, max: number): string {
  return Array.from((value ?? '').replace(/\p{Cc}+/gu, ' ').trim())
    .slice(0, max)
    .join('');
}

/**
 * A plain-text summary a merchant pastes into a chat with support. Built on the device from
 * what they typed; `context` says where the diagnosis ended (cause and page address).
 */
export function buildSupportSummary(input: SupportInput, context: { result: string; url: string }): string {
  const lines = ['【POS 结算问题】'];
  for (const [key, field] of Object.entries(SUPPORT_FIELDS) as [SupportField, (typeof SUPPORT_FIELDS)[SupportField]][]) {
    lines.push(`${field.label}：${cleanField(input[key], field.max) || EMPTY}`);
  }
  lines.push(`自查结果：${cleanField(context.result, 120)}`);
  lines.push(`排查页面：${cleanField(context.url, 300)}`);
  return lines.join('\n');
}
