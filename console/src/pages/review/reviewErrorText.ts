import { errorText, isApiError } from '../../api';

/**
 * A refused approval or return in Chinese. The services refuse the submitter reviewing their own item
 * with FORBIDDEN on `id`; the console knows who submitted it, so it says that plainly rather than the
 * catalogue's general 无权操作. CONFLICT (someone acted first, or a newer version was published) and
 * everything else come from the catalogue.
 */
export function reviewErrorText(error: unknown, item: { submittedBy: string }, reviewer: string): string {
  if (isApiError(error) && error.code === 'FORBIDDEN' && item.submittedBy === reviewer) {
    return '不能审核本人提交的内容：须由本局另一位工作人员审核（先审查、后公开）。';
  }
  return errorText(error);
}
