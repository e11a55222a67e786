import { z } from 'astro/zod';

/** Zod's own messages (wrong type, too short...) in Chinese, for the authors who read them. */
export function useChineseMessages(): void {
  z.config(z.locales.zhCN());
}
