import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteConfigSchema } from '../../schemas/site';
import { ConfigError, parseConfig } from './config-file';

const GOOD = {
  name: '帮助站',
  shortName: '帮助站',
  tagline: '结算问题先看这里',
  operator: { name: '编辑组', email: 'team@example.org' },
  officialSite: 'https://www.lakala.com/',
  offline: true,
};
const SOURCE = { file: 'src/site.config.ts', variables: { 'operator.email': 'SITE_CONTACT_EMAIL' } };

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('returns the parsed values of a good config', () => {
    expect(parseConfig(siteConfigSchema, GOOD, SOURCE)).toEqual({ ...GOOD, filing: {} });
  });

  it('names the file, the field, the fix and the environment variable of a bad value, in Chinese', () => {
    const error = errorOf(() => parseConfig(siteConfigSchema, { ...GOOD, operator: { name: '编辑组', email: 'nobody' } }, SOURCE));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      file: 'src/site.config.ts',
      field: 'operator.email',
      message: 'operator.email 必须是有效的邮箱地址',
    });
    expect(error.problems[0]?.fix).toContain('SITE_CONTACT_EMAIL');
    expect(error.message).toMatch(/^配置检查发现 1 个问题，网站未生成：\n {2}- src\/site\.config\.ts\n {4}字段 operator\.email：/);
    // Not Zod's raw list of issues.
    expect(error.message).not.toMatch(/"code"|invalid_format|\[\s*\{/);
  });

  it('says every bad field at once, with Zod’s own messages in Chinese', () => {
    const error = errorOf(() => parseConfig(siteConfigSchema, { ...GOOD, officialSite: 'lakala', offline: 'yes', extra: 1 }, SOURCE));
    expect(error.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['officialSite', 'offline', 'extra']));
    expect(error.problems.find((p) => p.field === 'offline')?.message).toContain('类型不对');
    for (const problem of error.problems) expect(problem.message).toMatch(/\p{Script=Han}/u);
  });
});

describe('src/site.config.ts', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('stops with the file and the field when SITE_CONTACT_EMAIL is not an address', async () => {
    vi.stubEnv('SITE_CONTACT_EMAIL', 'not-an-address');
    vi.resetModules();
    await expect(import('../../site.config')).rejects.toThrow(/src\/site\.config\.ts[\s\S]*字段 operator\.email[\s\S]*SITE_CONTACT_EMAIL/);
  });

  it('reads a good environment', async () => {
    vi.stubEnv('SITE_CONTACT_EMAIL', 'help@example.org');
    vi.resetModules();
    const { siteConfig } = await import('../../site.config');
    expect(siteConfig.operator.email).toBe('help@example.org');
  });
});
