import { A } from '@solidjs/router';
import { usePageTitle } from '../lib/page-title.js';

export default function NotFoundPage() {
  usePageTitle(() => 'Page not found');
  return <p class="empty">Nothing lives at this address. <A href="/">See all questions</A></p>;
}
