import type { FormInstance } from 'antd';
import { useState } from 'react';
import { errorText, isApiError } from '../../api';
import { formFieldOf } from '../school/formFieldOf';

/**
 * A bureau form's call to the service: the busy flag, the error shown above the form, and the same
 * error on the field it names (input.title → 标题), so the officer sees where. `run` answers the call's
 * result, or undefined when it failed (the error is then shown; `onError` may react, e.g. reload).
 */
export function useFormSave<V>(form: FormInstance<V>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async <T>(call: () => Promise<T>, onError?: (caught: unknown) => void): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (caught) {
      const text = errorText(caught);
      setError(text);
      const name = isApiError(caught) ? formFieldOf(caught.field) : null;
      if (name && form.getFieldInstance(name as never)) form.setFields([{ name: name as never, errors: [text] }]);
      onError?.(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
