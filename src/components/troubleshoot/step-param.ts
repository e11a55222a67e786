/** Opens the step a `?step=<id>` address asks for, or says on the start page that it does not exist. */
export function openRequestedStep(): void {
  const notice = document.querySelector<HTMLElement>('[data-step-notice]');
  const requested = new URLSearchParams(location.search).get('step');
  if (notice && requested !== null) {
    const known = (notice.dataset.steps ?? '').split(' ');
    const id = requested.trim().toLowerCase();
    if (known.includes(id)) {
      location.replace(`${notice.dataset.start}${id}/`);
    } else {
      // textContent: the requested value is shown as text, never as markup.
      notice.textContent = `链接里的步骤“${requested.slice(0, 40)}”不存在，可能是链接不完整。请从下面重新开始，选择你遇到的情况。`;
      notice.hidden = false;
      history.replaceState(null, '', notice.dataset.start);
    }
  }
}
