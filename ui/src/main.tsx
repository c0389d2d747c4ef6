import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { ApiError, get, post, setUnauthorizedHandler } from './api';
import { href, useRoute } from './router';
import type { Me, Role } from './types';
import { Login } from './pages/login';
import { Approvals } from './pages/approvals';
import './styles.css';

// The console shell: who is signed in, the navigation their roles allow, and the page of the
// current hash route. Approvals (the page people open from a phone) ships in the first bundle;
// every other page loads on first visit.

type PageProps = { path: string[]; me: Me };
type Loader = () => Promise<{ default: ComponentType<PageProps> }>;

interface NavItem {
  key: string;
  label: string;
  roles: Role[];
  load?: Loader;
}

const NAV: NavItem[] = [
  { key: 'approvals', label: 'Approvals', roles: ['approver', 'admin'] },
  { key: 'inferences', label: 'Inferences', roles: ['approver', 'admin'], load: () => import('./pages/inferences') },
  { key: 'canaries', label: 'Canaries', roles: ['admin'], load: () => import('./pages/canaries') },
  { key: 'evals', label: 'Evaluations', roles: ['admin'], load: () => import('./pages/evals') },
  { key: 'traces', label: 'Firewall traces', roles: ['approver', 'admin'], load: () => import('./pages/traces') },
  { key: 'status', label: 'Status', roles: ['approver', 'admin'], load: () => import('./pages/status') },
];
const EXTRA: Record<string, Loader> = { episodes: () => import('./pages/inferences') };

function Lazy({ load, ...props }: PageProps & { load: Loader }) {
  const [Page, setPage] = useState<ComponentType<PageProps> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setPage(null);
    load().then((m) => live && setPage(() => m.default), (e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [load]);
  if (error) return <p class="error">Could not load this page: {error}</p>;
  return Page ? <Page {...props} /> : <p class="muted">Loading…</p>;
}

function App() {
  const path = useRoute();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [menu, setMenu] = useState(false);

  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    get<Me>('/ui/api/me').then(setMe, (e) => setMe(e instanceof ApiError && e.status === 401 ? null : null));
  }, []);
  useEffect(() => setMenu(false), [path.join('/')]);

  if (me === undefined) return <p class="muted pad">Loading…</p>;
  if (me === null) return <Login onSignedIn={setMe} />;

  const allowed = NAV.filter((n) => n.roles.some((r) => me.roles.includes(r)));
  const key = path[0] ?? 'approvals';
  const item = NAV.find((n) => n.key === key);
  const load = item?.load ?? EXTRA[key];
  const permitted = !item || allowed.includes(item);

  const signOut = async () => {
    await post('/ui/api/logout').catch(() => undefined);
    setMe(null);
  };

  return (
    <div class="shell">
      <header class="top">
        <button class="menu-btn" aria-label="Menu" aria-expanded={menu} onClick={() => setMenu(!menu)}>
          ☰
        </button>
        <a class="brand" href={href('approvals')}>
          Switchyard
        </a>
        <nav class={menu ? 'nav open' : 'nav'} aria-label="Pages">
          {allowed.map((n) => (
            <a key={n.key} href={href(n.key)} class={n.key === key ? 'active' : ''} aria-current={n.key === key ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
        <div class="who">
          <span title={`signed in until ${me.expires_at}`}>
            {me.name ?? 'signed in'} · {me.roles.join(' + ')}
          </span>
          <button class="link" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main class="page">
        {!permitted ? (
          <p class="error">Your session ({me.roles.join(', ')}) cannot open this page. Sign in with an admin token to add that role.</p>
        ) : key === 'approvals' ? (
          <Approvals path={path} me={me} />
        ) : load ? (
          <Lazy load={load} path={path} me={me} />
        ) : (
          <p class="error">No page {key}.</p>
        )}
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
