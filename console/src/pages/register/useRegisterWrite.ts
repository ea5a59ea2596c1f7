import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import { errorText, isApiError } from '../../api';
import type { RegisterWriteFieldsFragment } from '../../api/generated/graphql';
import { formFieldOfWrite } from './schoolFormValues';

/**
 * Sends one register write (create, update, close, reopen) and says what became of it: submitted for
 * review (with the change's id, for 审核), nothing to submit, or refused — the refusal in Chinese with
 * the field named, and that field marked on the form.
 */
export function useRegisterWrite(form: FormInstance, onSubmitted: (result: RegisterWriteFieldsFragment) => void) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (write: () => Promise<RegisterWriteFieldsFragment>) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await write();
      if (result.change) message.success('已提交审核：须由本局另一位工作人员审核通过后生效');
      else message.info('与现行名录相同，没有需要提交的修改');
      onSubmitted(result);
    } catch (error) {
      const text = errorText(error);
      setFailure(text);
      const field = isApiError(error) ? formFieldOfWrite(error.field) : null;
      if (field && form.getFieldInstance(field) !== undefined) form.setFields([{ name: field, errors: [text] }]);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, send, clearFailure: () => setFailure(null) };
}
