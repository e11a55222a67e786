import { describe, expect, it } from 'vitest';
import { checkFileNames, checkUniqueIds, ContentError, formatProblems, runContentChecks } from './index';
import { channelEntry, faqEntry, glossaryEntry, refs, requirementEntry, siteOf } from '../test-entries';

const documents = (...ids: string[]) => ids.map((id) => ({ id, name: '身份证', why: '核实身份', acceptable: '有效期内', mistake: '过期', required: true }));

describe('related references', () => {
  it('passes when every related entry exists', () => {
    const content = siteOf([faqEntry('a', { related: refs('glossary/t1') }), glossaryEntry('t1')]);
    expect(runContentChecks(content)).toEqual([]);
  });

  it('names the file and the field of a dangling reference', () => {
    const content = siteOf([faqEntry('a', { related: refs('faq/nope') })]);
    expect(runContentChecks(content)).toEqual([
      { file: 'content/faq/a.mdx', field: 'related[0]', message: expect.stringContaining('faq/nope'), fix: expect.any(String) },
    ]);
  });

  it('does not report a reference to an entry that exists but failed its schema', () => {
    const content = siteOf([faqEntry('a', { related: refs('faq/broken') })]);
    expect(runContentChecks(content, new Set(['faq/broken']))).toEqual([]);
  });

  it('refuses an entry that relates to itself', () => {
    const content = siteOf([faqEntry('a', { related: refs('faq/a') })]);
    expect(runContentChecks(content)[0]).toMatchObject({ field: 'related[0]', message: expect.stringContaining('自己') });
  });
});

describe('channels and merchant types', () => {
  it('names an unknown merchant type on a channel and an unknown channel on a merchant type', () => {
    const content = siteOf([
      channelEntry('store', { merchantTypes: ['geti', 'martian'] }),
      requirementEntry('geti', { channels: ['store', 'moon-base'] }),
    ]);
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
    const content = siteOf([requirementEntry('geti', { documents: documents('x', 'x') })]);
    expect(runContentChecks(content).map((p) => p.field)).toEqual(['documents[1].id']);
  });
});

describe('document anchors', () => {
  it('refuses a document id the merchant-type page already uses', () => {
    const content = siteOf([requirementEntry('geti', { documents: documents('id-card', 'documents') })]);
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
