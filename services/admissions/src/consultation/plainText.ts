import { z } from 'zod';

/** Control characters that break exports or hide text from a reviewer (tab and line breaks are text). */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** Characters counted as a reader sees them (a CJK character or an emoji is one). */
export const lengthOf = (text: string) => [...text.trim()].length;

/**
 * Text typed by a bureau officer for publication, messages in Chinese naming `label`: at least
 * one character, at most `max`, no control characters. Kept as typed, only trimmed.
 */
export const plainText = (label: string, max: number) =>
  z
    .string({ required_error: `${label}必填`, invalid_type_error: `${label}应为文字` })
    .trim()
    .min(1, `${label}不能为空`)
    .refine((s) => lengthOf(s) <= max, `${label}不能超过 ${max} 个字`)
    .refine((s) => !CONTROL_CHARACTERS.test(s), `${label}含有控制字符（不可见字符），请删除后再提交`);

/** plainText or absent (null). */
export const optionalPlainText = (label: string, max: number) =>
  plainText(label, max)
    .nullish()
    .transform((v) => v ?? null);
