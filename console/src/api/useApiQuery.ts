import { useCallback, useEffect, useState } from 'react';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  /** True from the very render in which deps change (or reload is called) until that load answers. */
  loading: boolean;
  /** Loads again (after a save, or on the user's 刷新). */
  reload: () => void;
}

/**
 * Runs `load` when the page opens and whenever `deps` change; the answer of a load started before
 * the latest is dropped, so a slow answer never overwrites a newer one. The state remembers which
 * load it answers, so `loading` is right in the same render (a form can stay read-only until then).
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiQuery<T> {
  const [round, setRound] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const [state, setState] = useState<{ data: T | undefined; error: unknown; run: unknown; round: number }>({ data: undefined, error: null, run: null, round: -1 });

  useEffect(() => {
    let latest = true;
    run().then(
      (data) => latest && setState({ data, error: null, run, round }),
      (error: unknown) => latest && setState((s) => ({ data: s.data, error, run, round })),
    );
    return () => {
      latest = false;
    };
  }, [run, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.run !== run || state.round !== round, reload };
}
