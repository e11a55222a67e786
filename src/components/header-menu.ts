/**
 * The menu is a disclosure: the button shows and hides the navigation it controls. Escape
 * closes it and returns focus to the button; a click elsewhere closes it. Visibility is CSS on
 * `is-open`, so wide screens show the navigation whatever the state.
 */
export function enhanceMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const nav = document.getElementById('site-nav');
  if (button && nav) {
    const isOpen = () => button.getAttribute('aria-expanded') === 'true';
    const setOpen = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('is-open', open);
    };
    document.querySelector('[data-menu-fallback]')?.remove();
    button.hidden = false;
    button.addEventListener('click', () => {
      setOpen(!isOpen());
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !isOpen()) return;
      setOpen(false);
      button.focus();
    });
    document.addEventListener('click', (event) => {
      const target = event.target instanceof Node ? event.target : null;
      if (isOpen() && target && !nav.contains(target) && !button.contains(target)) setOpen(false);
    });
  }
}
