import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../schemas/sections';
import { checkFileNames, checkUniqueIds, ContentError, formatProblems, runContentChecks, type ContentEntry, type SiteContent } from './index';

function site(entries: Partial<SiteContent>): SiteContent {
  const content = Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as SiteContent;
  return { ...content, ...entries };
}

function entry(collection: ContentEntry['collection'], id: string, data: Record<string, unknown> = {}): ContentEntry {
  return { collection, id, filePath: `content/${collection}/${id}.mdx`, data: { related: [], ...data } };
}

describe('related references', () => {
  it('passes when every related entry exists', () => {
    const content = site({
      faq: [entry('faq', 'a', { related: [{ collection: 'glossary', id: 't1' }] })],
      glossary: [entry('glossary', 't1')],
    });
    expect(runContentChecks(content)).toEqual([]);
  });

  it('names the file and the field of a dangling reference', () => {
    const content = site({ faq: [entry('faq', 'a', { related: [{ collection: 'faq', id: 'nope' }] })] });
    expect(runContentChecks(content)).toEqual([
      { file: 'content/faq/a.mdx', field: 'related[0]', message: expect.stringContaining('faq/nope'), fix: expect.any(String) },
    ]);
  });

  it('refuses an entry that relates to itself', () => {
    const content = site({ faq: [entry('faq', 'a', { related: [{ collection: 'faq', id: 'a' }] })] });
    expect(runContentChecks(content)[0]).toMatchObject({ field: 'related[0]', message: expect.stringContaining('自己') });
  });
});

describe('channels and merchant types', () => {
  it('names an unknown merchant type on a channel and an unknown channel on a merchant type', () => {
    const content = site({
      channels: [entry('channels', 'store', { merchantTypes: ['geti', 'martian'] })],
      requirements: [entry('requirements', 'geti', { channels: ['store', 'moon-base'], documents: [] })],
    });
    const problems = runContentChecks(content);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/channels/store.mdx', field: 'merchantTypes[1]' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/requirements/geti.mdx', field: 'channels[1]' }));
  });
});

describe('duplicate ids', () => {
  it('refuses two files that would share a URL', () => {
    const problems = checkFileNames('faq', ['a.md', 'a.mdx', 'b.mdx']);
    expect(problems).toEqual([
      { file: 'content/faq/a.mdx', field: '文件名', message: expect.stringContaining('content/faq/a.md'), fix: expect.any(String) },
    ]);
  });

  it('refuses a file name that is not a slug', () => {
    expect(checkFileNames('faq', ['钱没到账.mdx'])[0]).toMatchObject({ field: '文件名' });
  });

  it('refuses a document id used twice in one list', () => {
    expect(checkUniqueIds('content/requirements/geti.mdx', 'documents', [{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual([
      { file: 'content/requirements/geti.mdx', field: 'documents[2].id', message: expect.stringContaining('"a"'), fix: expect.any(String) },
    ]);
  });

  it('runs the document check as part of the site checks', () => {
    const content = site({
      requirements: [entry('requirements', 'geti', { channels: [], documents: [{ id: 'x' }, { id: 'x' }] })],
    });
    expect(runContentChecks(content).map((p) => p.field)).toEqual(['documents[1].id']);
  });
});

describe('document anchors', () => {
  it('refuses a document id the merchant-type page already uses', () => {
    const content = site({
      requirements: [entry('requirements', 'geti', { channels: [], documents: [{ id: 'id-card' }, { id: 'documents' }] })],
    });
    expect(runContentChecks(content)).toEqual([
      { file: 'content/requirements/geti.mdx', field: 'documents[1].id', message: expect.stringContaining('"documents"') },
    ]);
  });
});

describe('reporting', () => {
  it('lists every problem with file and field', () => {
    const text = formatProblems([
      { file: 'content/faq/a.mdx', field: 'related[0]', message: '不存在' },
      { file: 'content/faq/b.mdx', field: 'category', message: '不对' },
    ]);
    expect(text).toContain('2 个问题');
    expect(text).toContain('content/faq/a.mdx');
    expect(text).toContain('字段 category');
  });

  it('carries the problems on the error', () => {
    const error = new ContentError([{ file: 'f', field: 'x', message: 'm' }]);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('字段 x');
  });
});
