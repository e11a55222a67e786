import { describe, expect, it } from 'vitest';
import { isReservedPageId, missingAnchors, publishedAnchors } from './anchors';

describe('published anchors', () => {
  const types = [
    { id: 'qiye', documents: [{ id: 'id-card' }, { id: 'account-licence' }] },
    { id: 'geti', documents: [{ id: 'id-card' }] },
  ];

  it('lists every document of every merchant type as type#document, sorted', () => {
    expect(publishedAnchors(types)).toEqual(['geti#id-card', 'qiye#account-licence', 'qiye#id-card']);
  });

  it('reports anchors that disappeared, and ignores new ones', () => {
    expect(missingAnchors(['geti#id-card', 'geti#shop-front'], ['geti#id-card', 'geti#new'])).toEqual(['geti#shop-front']);
    expect(missingAnchors(['geti#id-card'], ['geti#id-card', 'geti#new'])).toEqual([]);
  });

  it('knows the ids the page uses for itself', () => {
    expect(isReservedPageId('documents')).toBe(true);
    expect(isReservedPageId('main')).toBe(true);
    expect(isReservedPageId('id-card')).toBe(false);
  });
});
