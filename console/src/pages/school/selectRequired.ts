import type { FormRule } from 'antd';

/**
 * "Choose one" for a Select. Not `{ required: true }`: with that, Form.Item gives the Select
 * aria-required, which antd's Select also puts on its outer <div> (no role), an ARIA error axe-core
 * reports as critical. The Select's combobox still announces its label and the error message.
 */
export function selectRequired(message: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') throw new Error(message);
    },
  };
}
