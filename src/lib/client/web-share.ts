/** <rt-web-share>: "Share…" with the device's own share sheet (Web Share API), only where the browser has it. */
import { enhancement, part } from './element.ts';

export const webShare = enhancement({
  name: 'rt-web-share',
  parts: { button: part<HTMLButtonElement>('button') },
  data: ['url', 'title', 'text'],
  connect(_host, { button }, data) {
    if (!navigator.share || (navigator.canShare && !navigator.canShare(data))) return;
    button.hidden = false;
    // A closed share sheet rejects the promise; that is the reader's choice, not an error.
    button.addEventListener('click', () => navigator.share(data).catch(() => undefined));
  },
});
