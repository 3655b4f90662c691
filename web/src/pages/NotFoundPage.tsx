import { NotFound } from '../components/NotFound.jsx';

export default function NotFoundPage() {
  return <NotFound />;
}
