/** Browser side of offline reading: register or remove the service worker as the site config says. */

interface Settings {
  dataset: DOMStringMap;
}

type Container = Pick<ServiceWorkerContainer, 'register' | 'getRegistrations'>;

export async function applyOfflineSetting(element: Settings | null, container: Container | undefined): Promise<void> {
  if (!element || !container) return;
  const { enabled, worker, scope } = element.dataset;
  try {
    if (enabled === 'true' && worker && scope) {
      await container.register(worker, { scope });
    } else {
      for (const registration of await container.getRegistrations()) await registration.unregister();
    }
  } catch {
    // Offline reading is an extra: private browsing or a blocked worker must not break the page.
  }
}
