import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, deployFromEnv, normaliseBasePath, parseSiteUrl } from './env';

describe('normaliseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['/kb/', '/kb/'],
    ['kb/', '/kb/'],
    ['//kb//help//', '/kb/help/'],
    [' /kb ', '/kb/'],
  ])('%j becomes %j', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });

  it.each(['https://example.org/kb', '/kb?x=1', '/kb#top', '/kb/../etc'])('rejects %j and names BASE_PATH', (raw) => {
    expect(() => normaliseBasePath(raw)).toThrow(/BASE_PATH/);
  });
});

describe('parseSiteUrl', () => {
  it('defaults when unset or blank', () => {
    expect(parseSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(parseSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it.each([
    ['https://help.example.com', 'https://help.example.com'],
    ['https://help.example.com/', 'https://help.example.com'],
    ['http://localhost:4321', 'http://localhost:4321'],
    ['HTTPS://Help.Example.com', 'https://help.example.com'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(parseSiteUrl(raw)).toBe(expected);
  });

  it.each([
    ['not a url', /SITE_URL "not a url" 不是有效的网址/],
    ['help.example.com', /SITE_URL "help.example.com" 不是有效的网址/],
    ['ftp://help.example.com', /SITE_URL .* 必须以 https:\/\/ 或 http:\/\/ 开头/],
    ['https://help.example.com/kb', /BASE_PATH/],
    ['https://help.example.com/?a=1', /SITE_URL/],
    ['https://user:pw@help.example.com', /SITE_URL/],
  ])('rejects %j with a message naming SITE_URL', (raw, message) => {
    expect(() => parseSiteUrl(raw)).toThrow(message);
  });
});

describe('deployFromEnv', () => {
  it('reads both variables', () => {
    expect(deployFromEnv({ SITE_URL: 'https://a.example.com/', BASE_PATH: 'kb/' })).toEqual({
      site: 'https://a.example.com',
      base: '/kb/',
    });
  });

  it('makes absolute URLs from based paths', () => {
    expect(absoluteUrl('/kb/faq/', 'https://a.example.com')).toBe('https://a.example.com/kb/faq/');
  });
});
