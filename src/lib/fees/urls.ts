import type { FeeTool } from '../../schemas/fees';
import { withBase } from '../content/urls';

/** Tool pages live beside the fee entries: `/fees/calculator/`. */
export function toolUrl(tool: FeeTool, base?: string): string {
  return withBase(`/fees/${tool}/`, base);
}
