import { useCallback, useEffect, useState } from 'react';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again (after a save, or on the user's 刷新). */
  reload: () => void;
}

/**
 * Runs `load` when the page opens and whenever `deps` change; the answer of a load started before
 * the latest is dropped, so a slow answer never overwrites a newer one.
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiQuery<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: true });
  const [round, setRound] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [run, round]);

  return { ...state, reload: useCallback(() => setRound((r) => r + 1), []) };
}
