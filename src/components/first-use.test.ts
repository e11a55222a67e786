import { describe, expect, it, vi } from 'vitest';
import { onFirstUse } from './first-use';

describe('onFirstUse', () => {
  it('runs on the first touch, key or focus, and only once', () => {
    for (const type of ['pointerdown', 'focusin', 'keydown']) {
      const target = new EventTarget();
      const run = vi.fn();
      onFirstUse(target, run);
      expect(run).not.toHaveBeenCalled();
      target.dispatchEvent(new Event(type));
      target.dispatchEvent(new Event('pointerdown'));
      expect(run, type).toHaveBeenCalledTimes(1);
    }
  });

  it('ignores what is not a use', () => {
    const target = new EventTarget();
    const run = vi.fn();
    onFirstUse(target, run);
    target.dispatchEvent(new Event('scroll'));
    expect(run).not.toHaveBeenCalled();
  });

  it('can be started at once, and then no use runs it again', () => {
    const target = new EventTarget();
    const run = vi.fn();
    const start = onFirstUse(target, run);
    start();
    start();
    target.dispatchEvent(new Event('focusin'));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
