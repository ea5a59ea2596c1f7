import type { Rule } from 'antd/es/form';

/** The gateway's password rule (at least 10 characters, not the username), checked on the spot; the gateway checks again. */
export function passwordRules(username: () => string | undefined): Rule[] {
  return [
    { required: true, message: '请输入密码' },
    { min: 10, message: '密码至少 10 个字符' },
    { validator: async (_rule, value: string) => { if (value && value === username()) throw new Error('密码不能与用户名相同'); } },
  ];
}
