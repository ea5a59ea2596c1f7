import { App as AntApp, type FormInstance } from 'antd';
import { useState } from 'react';
import { errorText, isApiError } from '../../api';
import type { SubmissionFieldsFragment } from '../../api/generated/graphql';
import { formFieldOf } from './formFieldOf';

/**
 * Saving a form as a draft or for review: the busy flag, the error shown above the form, and the
 * error also put on the field it names (so the clerk sees where), e.g. 差异说明 for input.explanation.
 */
export function useSaveSubmission<V>(form: FormInstance<V>, save: (submit: boolean) => Promise<SubmissionFieldsFragment>, onSaved: () => void) {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (submit: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await save(submit);
      message.success(saved.status === 'SUBMITTED' ? '已提交审核，等待教育局审核' : '草稿已保存，尚未提交审核');
      onSaved();
    } catch (caught) {
      const text = errorText(caught);
      setError(text);
      const name = isApiError(caught) ? formFieldOf(caught.field) : null;
      if (name && form.getFieldInstance(name as never)) form.setFields([{ name: name as never, errors: [text] }]);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
