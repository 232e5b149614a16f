/**
 * <rt-copy>: a "Copy" button that puts text on the clipboard and says so, also to screen readers.
 * It shows only where the browser has a clipboard: elsewhere the text stays on the page to copy by hand.
 */
import { enhancement, part } from './element.ts';

export const copy = enhancement({
  name: 'rt-copy',
  parts: {
    button: part<HTMLButtonElement>('button'),
    status: part('[role="status"]'),
  },
  /** What the status line says after copying, and when the browser refuses to copy. */
  data: ['done', 'blocked'],
  connect(host, { button, status }, { done, blocked }) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      // The text to copy, or the id of the field whose value is copied.
      const { text, target } = host.dataset;
      const field = target ? document.getElementById(target) : null;
      const value = text ?? (field as HTMLTextAreaElement | null)?.value ?? '';
      // Emptied first so a second copy is announced again.
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(value);
        status.textContent = done;
      } catch {
        if (field instanceof HTMLTextAreaElement) field.select();
        status.textContent = blocked;
      }
    });
  },
});
