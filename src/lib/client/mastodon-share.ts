/**
 * <rt-mastodon-share>: sharing on Mastodon, where everyone is on their own server. Shows the form
 * that takes the reader's server and goes to its share page; without JavaScript the page offers
 * the post's text to copy instead.
 */
import { mastodonShareUrl } from '#src/lib/sharing/share-links.ts';
import { enhancement, part } from './element.ts';

export const mastodonShare = enhancement({
  name: 'rt-mastodon-share',
  parts: {
    form: part<HTMLFormElement>('form'),
    input: part<HTMLInputElement>('form input'),
    error: part('form [data-error]'),
  },
  /** The page shared, and what the form says when the server name is not one. */
  data: ['url', 'title', 'text', 'errorText'],
  connect(_host, { form, input, error }, { url, title, text, errorText }) {
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const target = mastodonShareUrl(input.value, { url, title, text });
      input.setAttribute('aria-invalid', String(!target));
      error.textContent = target ? '' : errorText;
      if (target) location.assign(target);
      else input.focus();
    });
  },
});
