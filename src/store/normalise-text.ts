/**
 * The fingerprint of an article's text for exact-duplicate detection: the same story with other spacing, case,
 * punctuation or quote marks hashes alike.
 *
 *   "Russia  SUSPENDS its mission…" and "russia suspends its mission" -> the same hash
 */
import { createHash } from 'node:crypto';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function normaliseText(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ').trim();
}

export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 32);
}
