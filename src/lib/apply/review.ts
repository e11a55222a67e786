import { join, relative } from 'node:path';
import { getEntry } from 'astro:content';
import { REVIEW_ENTRY, REVIEW_FILE, type ReviewProcess } from '../../schemas/review';
import { ContentError } from '../content/checks';
import { contentDir } from '../deploy/content-dir';

/**
 * The application review process from `content/review/review.yaml`, checked by its schema when
 * the collection loads. Astro only logs a missing or unreadable data file, so its absence stops
 * the build here, naming the file.
 */
export async function getReviewProcess(): Promise<ReviewProcess> {
  const entry = await getEntry('review', REVIEW_ENTRY);
  if (!entry) {
    const path = join(contentDir(), REVIEW_FILE);
    throw new ContentError([
      {
        file: relative(process.cwd(), path) || path,
        field: '文件',
        message: '找不到审核流程的数据文件，或文件不是有效的 YAML 字段表',
        fix: '运行 npm run lint:content，它会指出出错的行',
      },
    ]);
  }
  return entry.data;
}
