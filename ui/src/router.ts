import { useEffect, useState } from 'preact/hooks';

// Hash routing (#/approvals/<id>): the gateway serves one index.html, and links in webhook and
// Slack messages can point straight at a page.

export function currentPath(): string {
  return location.hash.replace(/^#/, '').split('?')[0] || '/approvals';
}

/** The query part of the hash (#/traces?session=x). */
export function hashQuery(): URLSearchParams {
  return new URLSearchParams(location.hash.split('?')[1] ?? '');
}

export function useRoute(): string[] {
  const [path, setPath] = useState(location.hash);
  useEffect(() => {
    const on = () => setPath(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  void path;
  return currentPath().split('/').filter(Boolean).map(decodeURIComponent);
}

export function go(path: string): void {
  location.hash = `#${path}`;
}

export const href = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;
