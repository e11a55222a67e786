import { describe, expect, it } from 'vitest';
import { checkFileNames, formatProblems, runContentChecks, type ContentProblem } from '../src/lib/content/checks';
import { DANGLING_FROM, DANGLING_TO, DUPLICATE_ID, syntheticSection } from './bad-input';

/** What the build reports for a FAQ section of N synthetic entries (the checks `getSiteContent` runs). */
function problemsAt(n: number, options?: { mistakes?: boolean }): ContentProblem[] {
  const { content, files } = syntheticSection(n, options);
  return [...checkFileNames('faq', files), ...runContentChecks(content)];
}

describe('bad input at scale', () => {
  it('names the duplicate slug and the dangling related entry at 50 entries', () => {
    const problems = problemsAt(50);
    expect(problems).toEqual([
      expect.objectContaining({
        file: `content/faq/${DUPLICATE_ID}.mdx`,
        field: '文件名',
        message: expect.stringContaining(`${DUPLICATE_ID}.md`),
      }),
      expect.objectContaining({
        file: `content/faq/${DANGLING_FROM}.mdx`,
        field: 'related[0]',
        message: expect.stringContaining(DANGLING_TO),
      }),
    ]);
    expect(formatProblems(problems)).toContain('内容检查发现 2 个问题，网站未生成');
  });

  it('says exactly the same at 5,000 entries, and nothing more', () => {
    expect(problemsAt(5000)).toEqual(problemsAt(50));
  });

  it('finds nothing wrong in a section of 10,000 sound entries', () => {
    const { content } = syntheticSection(10_000, { mistakes: false });
    expect(content.faq).toHaveLength(10_000);
    expect(problemsAt(10_000, { mistakes: false })).toEqual([]);
  });
});
