import { useEffect, useState } from 'preact/hooks';
import { get } from './api';

/**
 * GET `path` whenever it changes. An answer to a path the page has since moved away from is
 * dropped: filters fire a request per keystroke or choice, and a slow unfiltered answer arriving
 * last must not overwrite the filtered one.
 */
export function useGet<T>(path: string): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    let current = true;
    get<T>(path).then(
      (data) => current && setState({ data, error: null }),
      (e) => current && setState({ data: null, error: (e as Error).message }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return state;
}
