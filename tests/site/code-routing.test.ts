import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/authoring/validate';
import { ROOT } from '../support/build';
import { CONTENT } from '../support/content';

/**
 * Every response code's fault party (codes.yaml: CH cardholder's bank, MT merchant or terminal,
 * NW network or acquirer) agrees with where the troubleshooter and every entry that mentions the
 * code send the merchant. The rule itself, and that it fails on the old 61/65 routing, is tested
 * in src/lib/authoring/code-routing.test.ts.
 */
describe('response codes are routed by their fault party', () => {
  const { problems, content } = validateContent(CONTENT, ROOT);

  it('reads the codes, the causes and the diagnosis', () => {
    expect(content.codes.length).toBeGreaterThan(40);
    expect(content.causes.length).toBeGreaterThan(10);
  });

  it('finds no entry, code action or troubleshooter step that sends the merchant to the wrong party', () => {
    expect(problems.filter((p) => p.message.includes('应答码'))).toEqual([]);
  });

  it('sends 61 and 65 to the cardholder’s bank wherever they appear', () => {
    for (const id of ['61', '65']) {
      const code = content.codes.find((c) => c.id === id)!;
      expect(code.data.fault).toEqual(['CH']);
      expect(code.data.action).toMatch(/发卡银行|换一张卡/);
    }
  });
});
