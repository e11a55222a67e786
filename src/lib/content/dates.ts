// Formatters are made once: a new Intl.DateTimeFormat costs about a millisecond, and every page formats dates.
const ISO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });
const CHINESE_DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** `2026-11-25` in China's time zone, which is where the readers are. */
export function isoDay(date: Date): string {
  return ISO_DAY.format(date);
}

/** `2026年11月25日` */
export function chineseDate(date: Date): string {
  return CHINESE_DATE.format(date);
}
