/** Why a new password is refused (Chinese, for staff), or null when it is acceptable. */
export function newPasswordProblem(username: string, password: string): string | null {
  if (password.length < 10) return '新密码至少需要 10 个字符';
  if (password.length > 200) return '新密码不能超过 200 个字符';
  if (password.trim().toLowerCase() === username.toLowerCase()) return '新密码不能与用户名相同';
  return null;
}
