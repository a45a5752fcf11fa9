/** Makes a mention from a range of words: its text, offsets and sentence come from the words. */
import type { Mention, MentionKind } from '../../core/index.js';
import type { Word } from './words.js';

export function mentionOf(text: string, words: readonly Word[], first: number, end: number, kind: MentionKind, rule: string): Mention {
  const start = words[first]?.start ?? 0;
  const stop = words[end - 1]?.end ?? start;
  return { text: text.slice(start, stop), start, end: stop, sentence: words[first]?.sentence ?? 0, kind, rule };
}
