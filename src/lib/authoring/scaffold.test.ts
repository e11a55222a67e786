import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { SECTION_SCHEMAS } from '../../schemas/collections';
import { SECTIONS } from '../../schemas/sections';
import { checkScaffoldArgs, codeTemplate, entryTemplate, ScaffoldError } from './scaffold';
import { parseEntryFile } from './frontmatter';

describe('scaffold templates', () => {
  it.each(SECTIONS.filter((s) => s !== 'codes'))('%s template has every required field and today’s date', (section) => {
    const text = entryTemplate(section, '2026-11-25');
    const { data, yamlError } = parseEntryFile(text);
    expect(yamlError).toBeUndefined();
    const parsed = SECTION_SCHEMAS[section].safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(text).toContain('updated: 2026-11-25');
  });

  it('makes a valid response code', () => {
    const [item] = yaml.load(codeTemplate('62', '2026-11-25')) as unknown[];
    expect(SECTION_SCHEMAS.codes.safeParse(item).success).toBe(true);
  });

  it.each([
    [undefined, 'x', /栏目名/],
    ['blog', 'x', /栏目名/],
    ['faq', undefined, /条目编号/],
    ['faq', 'Money Not Arrived', /小写英文/],
    ['codes', 'a0', /两位/],
  ])('refuses %s %s', (collection, slug, message) => {
    expect(() => checkScaffoldArgs(collection, slug)).toThrow(ScaffoldError);
    expect(() => checkScaffoldArgs(collection, slug)).toThrow(message);
  });
});
