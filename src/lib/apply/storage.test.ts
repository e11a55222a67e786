import { describe, expect, it } from 'vitest';
import { checklistKey, parseChecked, serializeChecked } from './storage';

const ids = ['business-licence', 'id-card', 'settlement-card'];

describe('checklist storage', () => {
  it('keeps each page apart', () => {
    expect(checklistKey('/requirements/geti/')).not.toBe(checklistKey('/requirements/qiye/'));
    expect(checklistKey('/kb/requirements/geti/')).toMatch(/^pos-help:checklist:/);
  });

  it('round-trips the ticked ids', () => {
    expect(parseChecked(serializeChecked(['id-card', 'business-licence']), ids).sort()).toEqual(['business-licence', 'id-card']);
  });

  it('writes each id once, in a stable order', () => {
    expect(serializeChecked(['id-card', 'business-licence', 'id-card'])).toBe('["business-licence","id-card"]');
  });

  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['broken JSON', '["id-card"'],
    ['an object', '{"id-card":true}'],
    ['a number', '42'],
    ['JSON null', 'null'],
  ])('tolerates %s', (_case, raw) => {
    expect(parseChecked(raw, ids)).toEqual([]);
  });

  it('drops ids the page no longer has, values that are not strings, and repeats', () => {
    expect(parseChecked('["id-card", 3, null, "gone", "id-card", {"a":1}]', ids)).toEqual(['id-card']);
  });
});
