import { A } from '@solidjs/router';

export default function NotFoundPage() {
  return <p class="empty">Nothing lives at this address. <A href="/">See all questions</A></p>;
}
