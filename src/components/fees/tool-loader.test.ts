import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWhenUsed } from './tool-loader';

const at = (search: string) => vi.stubGlobal('location', { search });

describe('loadWhenUsed', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('waits for the first use of the form, then loads once', () => {
    at('');
    const form = new EventTarget() as HTMLFormElement;
    const load = vi.fn(() => Promise.resolve());
    loadWhenUsed(form, load);
    expect(load).not.toHaveBeenCalled();
    form.dispatchEvent(new Event('focusin'));
    form.dispatchEvent(new Event('pointerdown'));
    form.dispatchEvent(new Event('keydown'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads at once for a shared link, whose inputs are computed on arrival', () => {
    at('?amount=1000');
    const load = vi.fn(() => Promise.resolve());
    loadWhenUsed(new EventTarget() as HTMLFormElement, load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('survives a failed load', async () => {
    at('?amount=1000');
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    loadWhenUsed(new EventTarget() as HTMLFormElement, load);
    expect(load).toHaveBeenCalledTimes(1);
    await Promise.resolve();
  });
});
