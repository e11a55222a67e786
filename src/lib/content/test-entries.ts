/**
 * Typed entries for unit tests: each has every field its schema outputs, with plain defaults,
 * so tests build the same model the site uses without Astro's loader.
 */
import type { SectionData } from '../../schemas/collections';
import type { EntryRef } from '../../schemas/common';
import { isSection } from '../../schemas/sections';
import { emptySiteContent, type AnyEntry, type SectionEntry, type SiteContent } from './types';

const base = (title: string) => ({
  title,
  description: '用于测试的一句话简介。',
  updated: new Date('2026-11-25T00:00:00Z'),
  aliases: [],
  sources: [{ title: '测试来源' }],
  related: [],
  topics: [],
});

/** `faq/a` → `{ collection: 'faq', id: 'a' }`, for `related` lists in tests. */
export function refs(...written: string[]): EntryRef[] {
  return written.flatMap((w): EntryRef[] => {
    const [collection, id] = w.split('/');
    return collection && id && isSection(collection) ? [{ collection, id }] : [];
  });
}

const file = (collection: string, id: string) => `content/${collection}/${id}.mdx`;

export function faqEntry(id: string, data: Partial<SectionData<'faq'>> = {}): SectionEntry<'faq'> {
  return { id, collection: 'faq', filePath: file('faq', id), data: { ...base(`问题 ${id}`), answer: '一句话回答这个问题。', category: 'settlement', ...data } };
}

export function glossaryEntry(id: string, data: Partial<SectionData<'glossary'>> = {}): SectionEntry<'glossary'> {
  return { id, collection: 'glossary', filePath: file('glossary', id), data: { ...base(`术语 ${id}`), synonyms: [], ...data } };
}

export function codeEntry(id: string, data: Partial<SectionData<'codes'>> = {}): SectionEntry<'codes'> {
  return {
    id,
    collection: 'codes',
    filePath: 'content/codes/codes.yaml',
    data: { id, meaning: '测试含义', variants: [], action: '测试处理办法', fault: [], agreement: 'agree', signInAgain: false, aliases: [], related: [], updated: new Date('2026-11-25T00:00:00Z'), sources: [{ title: '测试来源' }], ...data },
  };
}

export function channelEntry(id: string, data: Partial<SectionData<'channels'>> = {}): SectionEntry<'channels'> {
  return {
    id,
    collection: 'channels',
    filePath: file('channels', id),
    data: { ...base(`渠道 ${id}`), order: 1, steps: ['提交资料'], duration: '一般几天', pros: ['方便'], cons: ['要排队'], suits: '所有商户', merchantTypes: [], ...data },
  };
}

export function requirementEntry(id: string, data: Partial<SectionData<'requirements'>> = {}): SectionEntry<'requirements'> {
  return { id, collection: 'requirements', filePath: file('requirements', id), data: { ...base(`资料 ${id}`), merchantType: '个体工商户', order: 1, documents: [], channels: [], ...data } };
}

export function feeEntry(id: string, data: Partial<SectionData<'fees'>> = {}): SectionEntry<'fees'> {
  return { id, collection: 'fees', filePath: file('fees', id), data: { ...base(`费率 ${id}`), topic: 'structure', rules: [], milestones: [], tools: [], ...data } };
}

export function preventionEntry(id: string, data: Partial<SectionData<'prevention'>> = {}): SectionEntry<'prevention'> {
  return { id, collection: 'prevention', filePath: file('prevention', id), data: { ...base(`预防 ${id}`), area: 'device', frequency: 'daily', steps: ['测试步骤'], ...data } };
}

export function brandEntry(id: string, data: Partial<SectionData<'brands'>> = {}): SectionEntry<'brands'> {
  return { id, collection: 'brands', filePath: file('brands', id), data: { ...base(`选择 ${id}`), kind: 'criterion', howToCheck: [], redFlags: [], ...data } };
}

/** A site holding exactly these entries. */
export function siteOf(entries: AnyEntry[]): SiteContent {
  const content = emptySiteContent();
  for (const entry of entries) add(content, entry);
  return content;
}

function add(content: SiteContent, entry: AnyEntry): void {
  switch (entry.collection) {
    case 'faq':
      content.faq.push(entry);
      break;
    case 'glossary':
      content.glossary.push(entry);
      break;
    case 'codes':
      content.codes.push(entry);
      break;
    case 'channels':
      content.channels.push(entry);
      break;
    case 'requirements':
      content.requirements.push(entry);
      break;
    case 'fees':
      content.fees.push(entry);
      break;
    case 'causes':
      content.causes.push(entry);
      break;
    case 'brands':
      content.brands.push(entry);
      break;
    case 'prevention':
      content.prevention.push(entry);
      break;
    case 'guides':
      content.guides.push(entry);
      break;
  }
}
