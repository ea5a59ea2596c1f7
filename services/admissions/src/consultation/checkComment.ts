import { createHash } from 'node:crypto';
import { CONTROL_CHARACTERS, lengthOf } from './plainText';

export const COMMENT_MIN = 5;
export const COMMENT_MAX = 2_000;
export const CONTACT_MAX = 100;

/** An HTML tag (`<a href…>`, `</p>`, `<!--`, `<?xml`) or character reference (`&lt;`, `&#60;`): comments are plain text. */
const HTML = /<\s*[/!?]?\s*[a-z][^<>]*>|<!--|&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

export type CommentCheck = { ok: true; text: string; contact: string | null } | { ok: false; field: 'text' | 'contact'; reason: string };

/**
 * A public comment as sent: plain text of 5–2,000 characters, and an optional contact of at most
 * 100. Nothing is stripped: HTML or control characters refuse the comment, saying which, so what is
 * stored is what the commenter wrote (trimmed of surrounding blanks).
 */
export function checkComment(text: string, contact: string | null | undefined): CommentCheck {
  const body = checkPlain(text, '意见', 'text', COMMENT_MIN, COMMENT_MAX);
  if (!body.ok) return body;
  if (contact == null || contact.trim() === '') return { ok: true, text: body.value, contact: null };
  const reached = checkPlain(contact, '联系方式', 'contact', 1, CONTACT_MAX);
  return reached.ok ? { ok: true, text: body.value, contact: reached.value } : reached;
}

function checkPlain(value: string, label: string, field: 'text' | 'contact', min: number, max: number): { ok: true; value: string } | { ok: false; field: 'text' | 'contact'; reason: string } {
  const length = lengthOf(value);
  if (CONTROL_CHARACTERS.test(value)) return { ok: false, field, reason: `${label}含有控制字符或不可见字符，请删除后再提交` };
  if (HTML.test(value)) return { ok: false, field, reason: `${label}只接受纯文本，不接受 HTML 标记（如 <a>、&lt;）；请删除标记后再提交` };
  if (length < min) return { ok: false, field, reason: `${label}过短：${length} 个字，至少 ${min} 个字` };
  if (length > max) return { ok: false, field, reason: `${label}过长：${length} 个字，最多 ${max} 个字` };
  return { ok: true, value: value.trim() };
}

/**
 * What makes two comments "the same": Unicode NFKC (full-width and half-width forms alike), case
 * folded, every blank removed. Hashed with the consultation id, it is the comment's stored id, so a
 * second copy meets the first at the insert.
 */
export function commentKey(consultationId: string, text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
  return createHash('sha256').update(`${consultationId}\n${normalised}`).digest('hex');
}
