import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from './entry-loader';
import { bodyOf } from './markdown';

describe('which MDX bodies are plain Markdown', () => {
  it('takes prose, lists, tables, links and code without MDX syntax as Markdown', () => {
    expect(isPlainMarkdown('## 先看到账时间\n\n- 工作日 T+1\n- 节假日顺延\n\n| 项 | 说明 |\n| --- | --- |\n| 费率 | 以合同为准 |')).toBe(true);
    expect(isPlainMarkdown('见[官网](https://www.lakala.com/)。\n\n```\n商户编号：\n```')).toBe(true);
  });

  it('leaves anything MDX might read differently to the MDX compiler', () => {
    expect(isPlainMarkdown("import CopyTemplate from '../../src/components/apply/CopyTemplate.astro';\n\n正文")).toBe(false);
    expect(isPlainMarkdown('<CopyTemplate label="申诉">正文</CopyTemplate>')).toBe(false);
    expect(isPlainMarkdown('金额 {amount} 元')).toBe(false);
    expect(isPlainMarkdown('<!-- 备注 -->')).toBe(false);
    expect(isPlainMarkdown('export const meta = 1;')).toBe(false);
  });
});

describe('bodyOf', () => {
  it('is the file after its front matter, trimmed', () => {
    expect(bodyOf('---\ntitle: "到账"\n---\n\n正文第一段。\n\n---\n\n第二段。\n')).toBe('正文第一段。\n\n---\n\n第二段。');
    expect(bodyOf('---\r\ntitle: x\r\n---\r\n正文')).toBe('正文');
    expect(bodyOf('\uFEFF---\ntitle: x\n---\n正文')).toBe('正文');
    expect(bodyOf('没有前言的正文')).toBe('没有前言的正文');
  });
});
