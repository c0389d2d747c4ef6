import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, post } from '../api';
import type { Me } from '../types';

// Sign-in with an admin or approver token (the generated .switchyard/admin-token or
// approver-token when the config names none). The token is sent once and never stored here;
// the gateway answers with an HttpOnly session cookie.

export function Login({ onSignedIn, compact = false }: { onSignedIn: (me: Me) => void; compact?: boolean }) {
  const [token, setToken] = useState('');
  const [name, setName] = useState(() => localStorage.getItem('switchyard.name') ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await post<Me>('/ui/api/login', { token: token.trim(), ...(name.trim() ? { name: name.trim() } : {}) });
      localStorage.setItem('switchyard.name', name.trim());
      setToken('');
      onSignedIn(me);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class={compact ? 'login compact' : 'login'} onSubmit={submit} aria-labelledby="login-title">
      <h1 id="login-title">{compact ? 'Add a role' : 'Switchyard console'}</h1>
      {!compact && (
        <p class="muted">
          Sign in with an approver or admin token. Without tokens in the config, the gateway wrote them to <code>.switchyard/approver-token</code> and{' '}
          <code>.switchyard/admin-token</code>. An agent's gateway key cannot sign in.
        </p>
      )}
      <label>
        Token
        <input ref={input} name="token" type="password" autocomplete="current-password" required value={token} onInput={(e) => setToken(e.currentTarget.value)} />
      </label>
      <label>
        Your name <span class="muted">(optional, recorded with your decisions)</span>
        <input name="name" type="text" autocomplete="name" maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !token.trim()}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
