import { describe, expect, it, vi } from 'vitest';
import { applyOfflineSetting } from './offline-client';

function container() {
  const unregister = vi.fn(() => Promise.resolve(true));
  return {
    register: vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration)),
    getRegistrations: vi.fn(() => Promise.resolve([{ unregister } as unknown as ServiceWorkerRegistration])),
    unregister,
  };
}

describe('applyOfflineSetting', () => {
  it('registers the worker for the base path when enabled', async () => {
    const c = container();
    await applyOfflineSetting({ dataset: { enabled: 'true', worker: '/kb/sw.js', scope: '/kb/' } }, c);
    expect(c.register).toHaveBeenCalledWith('/kb/sw.js', { scope: '/kb/' });
    expect(c.unregister).not.toHaveBeenCalled();
  });

  it('removes an earlier registration when disabled', async () => {
    const c = container();
    await applyOfflineSetting({ dataset: { enabled: 'false', worker: '/sw.js', scope: '/' } }, c);
    expect(c.register).not.toHaveBeenCalled();
    expect(c.unregister).toHaveBeenCalledTimes(1);
  });

  it('does nothing without service worker support', async () => {
    await expect(applyOfflineSetting({ dataset: { enabled: 'true' } }, undefined)).resolves.toBeUndefined();
  });

  it('keeps the page working when registration fails', async () => {
    const c = container();
    c.register.mockRejectedValueOnce(new Error('blocked'));
    await expect(applyOfflineSetting({ dataset: { enabled: 'true', worker: '/sw.js', scope: '/' } }, c)).resolves.toBeUndefined();
  });
});
