import { describe, expect, it } from 'vitest';
import { lineOfPath } from './yaml-lines';

const TEXT = `# 注释
stages:
  - id: submit
    title: 提交资料
  - id: review
    title: 资质审核
    state: pending-review

rejected: 被驳回后补正资料。
rejections:
- id: x
  stage: review
sources:
  - title: 某规定
    note: 说明
`;

describe('lineOfPath', () => {
  it('finds top-level keys, list items and keys inside items', () => {
    expect(lineOfPath(TEXT, ['stages'])).toBe(2);
    expect(lineOfPath(TEXT, ['stages', 1])).toBe(5);
    expect(lineOfPath(TEXT, ['stages', 1, 'state'])).toBe(7);
    expect(lineOfPath(TEXT, ['stages', 0, 'id'])).toBe(3);
    expect(lineOfPath(TEXT, ['rejected'])).toBe(9);
    expect(lineOfPath(TEXT, ['sources', 0, 'note'])).toBe(15);
  });

  it('reads list items written at the same indentation as their key', () => {
    expect(lineOfPath(TEXT, ['rejections', 0, 'stage'])).toBe(12);
  });

  it('falls back to the nearest enclosing line, never to a later item', () => {
    expect(lineOfPath(TEXT, ['stages', 0, 'state'])).toBe(3);
    expect(lineOfPath(TEXT, ['stages', 5])).toBe(2);
    expect(lineOfPath(TEXT, ['nothing'])).toBe(1);
  });
});
