import { A, createAsync, Navigate, Route, Router, useLocation, type RouteSectionProps } from '@solidjs/router';
import { createEffect, ErrorBoundary, lazy, on, Show } from 'solid-js';
import { ErrorState } from './components/ErrorState.jsx';
import { Header } from './components/Header.jsx';
import { VerifyBanner } from './components/VerifyBanner.jsx';
import { getCategory, getSupportStats, getTopic, getViewer } from './lib/queries.js';
import { statsRange } from './lib/stats-range.js';
import { HomePage } from './pages/HomePage.jsx';

const TopicPage = lazy(() => import('./pages/TopicPage.jsx'));
const AskPage = lazy(() => import('./pages/AskPage.jsx'));
const SearchPage = lazy(() => import('./pages/SearchPage.jsx'));
const LoginPage = lazy(() => import('./pages/LoginPage.jsx'));
const SignUpPage = lazy(() => import('./pages/SignUpPage.jsx'));
const AdminUsersPage = lazy(() => import('./pages/AdminUsersPage.jsx'));
const AdminSettingsPage = lazy(() => import('./pages/AdminSettingsPage.jsx'));
const DashboardPage = lazy(() => import('./pages/DashboardPage.jsx'));
const ModerationPage = lazy(() => import('./pages/ModerationPage.jsx'));
const QueuePage = lazy(() => import('./pages/QueuePage.jsx'));
const ProfilePage = lazy(() => import('./pages/ProfilePage.jsx'));
const LeaderboardPage = lazy(() => import('./pages/LeaderboardPage.jsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.jsx'));
const SettingsPage = lazy(() => import('./pages/SettingsPage.jsx'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage.jsx'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage.jsx'));
const EmailLinkPage = lazy(() => import('./pages/EmailLinkPage.jsx'));
const UnsubscribePage = lazy(() => import('./pages/UnsubscribePage.jsx'));
const AdminEmailPage = lazy(() => import('./pages/AdminEmailPage.jsx'));

/** /u/me: the signed-in member's own profile, or the login page that comes back here. */
function MyProfile() {
  const viewer = createAsync(() => getViewer());
  return (
    <Show when={viewer() !== undefined} fallback={<p class="muted">Loading…</p>}>
      <Navigate href={viewer() ? `/u/${viewer()!.id}` : '/login?next=/u/me'} />
    </Show>
  );
}

function Layout(props: RouteSectionProps) {
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // The router would treat the fragment as a navigation: move the focus by hand.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <Header />
      <VerifyBanner />
      <main class="page" id="main" tabindex="-1">
        <ErrorBoundary
          fallback={(error, reset) => {
            // Moving to another page leaves the error behind.
            const location = useLocation();
            createEffect(on(() => location.pathname, () => reset(), { defer: true }));
            return <ErrorState error={error} retry={() => window.location.reload()} />;
          }}
        >
          {props.children}
        </ErrorBoundary>
      </main>
      <footer class="footer">
        Commons · community support for Harbor · <A href="/leaderboard">Top helpers</A> · <a href="/feeds/latest.atom">Feed</a>
      </footer>
    </>
  );
}

export function App() {
  return (
    <Router root={Layout} preload>
      <Route path="/" component={HomePage} preload={() => getViewer()} />
      <Route path="/tag/:tag" component={HomePage} />
      <Route path="/ask" component={AskPage} />
      <Route path="/search" component={SearchPage} />
      <Route
        path="/c/:slug"
        component={HomePage}
        preload={({ params }) => (getViewer(), getCategory(params.slug!))}
      />
      <Route path="/t/:id" component={TopicPage} preload={({ params }) => getTopic(params.id!)} />
      <Route path="/login" component={LoginPage} />
      <Route path="/signup" component={SignUpPage} />
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/reset-password" component={ResetPasswordPage} />
      <Route path="/verify-email" component={() => <EmailLinkPage purpose="verify" />} />
      <Route path="/confirm-email" component={() => <EmailLinkPage purpose="change" />} />
      <Route path="/unsubscribe" component={UnsubscribePage} />
      <Route path="/settings" component={SettingsPage} preload={() => getViewer()} />
      <Route
        path="/staff/dashboard"
        component={DashboardPage}
        // The figures start loading with the page's code, not after it (errors show on the page).
        preload={({ location }) => (getViewer(), getSupportStats(statsRange(location.query as Record<string, string>)).catch(() => undefined))}
      />
      <Route path="/staff/moderation" component={ModerationPage} />
      <Route path="/staff/queue" component={QueuePage} />
      <Route path="/u/me" component={MyProfile} />
      <Route path="/u/:id" component={ProfilePage} />
      <Route path="/leaderboard" component={LeaderboardPage} />
      <Route path="/admin/users" component={AdminUsersPage} />
      <Route path="/admin/settings" component={AdminSettingsPage} />
      <Route path="/admin/email" component={AdminEmailPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
