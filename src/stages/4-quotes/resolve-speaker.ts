/**
 * Turns the phrase before or after a cue into a speaker: the entity of stage 2 that the phrase's head names
 * ("Nato spokeswoman Oana Lungescu" -> Oana Lungescu, "the alliance" -> NATO), a pronoun's person, the author of an
 * utterance ("Trump's statement" -> Donald Trump), or an unnamed source kept as the text gives it ("a source within
 * the central Interior Ministry", with the code of the entity it names).
 */
import type { ActorRef, Entity, Mention, TextSpan } from '../../core/index.js';
import { clauseSubjects, headOf, isPersonalPronoun, nameAround, type TokenRange } from './noun-phrases.js';
import { tokenFrom, type MentionOf, type QuoteContext } from './quote-context.js';

/** A resolved speaker; `person` says whether a pronoun "he"/"she" may later refer to it. */
export interface Speaker {
  readonly ref: ActorRef;
  readonly person: boolean;
  /** True when a proper name or an entity names it, not only a description ("a security source"). */
  readonly named: boolean;
  /** True when the phrase's head is a proper name ("Bruno Parrilla"), not a role ("the minister of Cuba"). */
  readonly byName?: boolean;
}

/** A speaker as remembered: where it spoke. */
export interface Remembered extends Speaker {
  readonly at: number;
  readonly sentence: number;
}

/** The speakers found so far in the article, latest last: antecedents for pronouns and "the spokesperson". */
export interface SpeakerMemory {
  readonly speakers: Remembered[];
}

/** Remembers that `speaker` spoke at character `at` of sentence `sentence` (field by field: a spread is slow in V8). */
export function remember(memory: SpeakerMemory, speaker: Speaker, at: number, sentence: number): void {
  memory.speakers.push({ ref: speaker.ref, person: speaker.person, named: speaker.named, byName: speaker.byName, at, sentence });
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'some', 'another', 'several', 'two', 'three', 'many']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'it']);
/** How many sentences back a pronoun looks for its person. */
const PRONOUN_REACH = 4;
/** How many sentences back a person who spoke is preferred as a pronoun's antecedent. */
const RECENT_SPEAKER = 1;

function fromEntity(entity: Entity, text: string): Speaker {
  return { ref: { code: entity.code, name: entity.name, text, entityId: entity.id }, person: entity.type === 'person', named: true };
}

function textOf(ctx: QuoteContext, range: TokenRange): string {
  const first = ctx.tokens[range.first];
  const last = ctx.tokens[range.end - 1];
  return first && last ? ctx.text.slice(first.start, last.end) : '';
}

function isQuoted(ctx: QuoteContext, mention: Mention): boolean {
  return ctx.quoteOf[tokenFrom(ctx, mention.start)] !== -1;
}

/**
 * The first name in a sentence that stage 2 did not recognise: two or more proper nouns in a row, outside quotes
 * and outside every mention ("Foreign Minister Sergey Lavrov" when stage 2 knows no Lavrov). A fallback antecedent.
 */
function unknownName(ctx: QuoteContext, sentence: number): TextSpan | null {
  const s = ctx.sentences[sentence];
  if (!s) return null;
  const mentions = ctx.mentions[sentence] ?? [];
  let first = -1;
  for (let i = s.firstToken; i <= s.endToken; i++) {
    const t = ctx.tokens[i];
    const isName = i < s.endToken && t?.pos === 'PROPN' && ctx.quoteOf[i] === -1 && !covering(mentions, t.start, t.end);
    if (isName) {
      if (first < 0) first = i;
      continue;
    }
    // A run right before a mention is its title ("Foreign Minister | Sergey Lavrov"), not another name.
    const title = !!t && !!covering(mentions, t.start, t.end);
    if (first >= 0 && i - first >= 2 && !title) return { start: ctx.tokens[first]?.start ?? 0, end: ctx.tokens[i - 1]?.end ?? 0, text: textOf(ctx, { first, end: i }) };
    first = -1;
  }
  return null;
}

/** The person a "he"/"she" refers to: stage 2's link, else the first person named in the sentences before. */
function personFor(ctx: QuoteContext, token: number, sentence: number, memory: SpeakerMemory): Speaker | null {
  const t = ctx.tokens[token];
  if (!t) return null;
  // "He said Zelensky is "…"; however, "…", he added": the person who spoke just before is the likeliest, more
  // than the person named last.
  const recent = memory.speakers.findLast((sp) => sp.person && sp.at < t.start && sp.sentence >= sentence - RECENT_SPEAKER);
  if (recent) return { ...recent, ref: { ...recent.ref, text: t.text } };
  const linked = ctx.mentions[sentence]?.find((m) => m.mention.start <= t.start && t.end <= m.mention.end);
  if (linked?.entity.type === 'person') return fromEntity(linked.entity, t.text);
  for (let s = sentence - 1; s >= 0 && s >= sentence - PRONOUN_REACH; s--) {
    if (ctx.sentences[s]?.heading) continue; // a headline names no antecedent: "Election results"
    const first = ctx.mentions[s]?.find((m) => m.entity.type === 'person' && !isQuoted(ctx, m.mention));
    const name = unknownName(ctx, s);
    if (first && (!name || first.mention.start <= name.start)) return fromEntity(first.entity, t.text);
    if (name) return { ref: { code: null, name: name.text, text: t.text }, person: true, named: true };
  }
  const last = memory.speakers.findLast((sp) => sp.person && sp.at < t.start);
  return last ? { ...last, ref: { ...last.ref, text: t.text } } : null;
}

function pronounSpeaker(ctx: QuoteContext, token: number, sentence: number, memory: SpeakerMemory): Speaker | null {
  const word = ctx.tokens[token]?.normal ?? '';
  if (PERSON_PRONOUNS.has(word)) return personFor(ctx, token, sentence, memory);
  if (!GROUP_PRONOUNS.has(word)) return null; // "I", "we", "you" outside quotes name no one we can find
  const at = ctx.tokens[token]?.start ?? 0;
  const text = ctx.tokens[token]?.text ?? word;
  const recent = memory.speakers.findLast((sp) => !sp.person && sp.at < at && sp.sentence >= sentence - RECENT_SPEAKER);
  if (recent) return { ...recent, ref: { ...recent.ref, text } };
  const linked = ctx.mentions[sentence]?.find((m) => m.mention.start === at && m.entity.type !== 'person');
  if (linked) return fromEntity(linked.entity, text);
  return pluralSubject(ctx, sentence, text, memory);
}

/**
 * "They concluded …": the nearest sentence before whose subject is plural ("the foreign ministers", "Houthi
 * rebels"), as stage 2 names it or as the text does.
 */
function pluralSubject(ctx: QuoteContext, sentence: number, text: string, memory: SpeakerMemory): Speaker | null {
  for (let k = sentence - 1; k >= 0 && k >= sentence - PRONOUN_REACH; k--) {
    const s = ctx.sentences[k];
    const subject = s && !s.heading ? clauseSubjects(ctx, s.firstToken, s.endToken, false)[0] : undefined;
    if (!subject) continue;
    const head = ctx.tokens[headOf(ctx, subject)];
    if (!head || head.pos !== 'NOUN' || head.normal === head.lemma) continue;
    const found = resolvePhrase(ctx, subject, k, memory);
    return found ? { ...found, ref: { ...found.ref, text } } : null;
  }
  return null;
}

function covering(mentions: readonly MentionOf[], start: number, end: number): MentionOf | undefined {
  return mentions.find((m) => m.mention.start <= start && end <= m.mention.end);
}

/**
 * "Trump's statement", "the ministry's letter", "a police statement": the author of an utterance noun is its
 * possessor, or the entity named before it.
 */
function utteranceAuthor(ctx: QuoteContext, range: TokenRange, head: number, mentions: readonly MentionOf[]): Speaker | null {
  if (!ctx.cues.utteranceNouns.has(ctx.tokens[head]?.lemma.toLowerCase() ?? '')) return null;
  for (let i = head - 1; i >= range.first; i--) {
    const t = ctx.tokens[i];
    const named = t && t.pos !== 'PART' ? covering(mentions, t.start, t.end) : undefined;
    if (named) return fromEntity(named.entity, textOf(ctx, range));
    if (t?.pos !== 'PART' || i === range.first) continue;
    const owner = ctx.tokens[i - 1];
    const m = owner && covering(mentions, owner.start, owner.end);
    if (m) return fromEntity(m.entity, textOf(ctx, range));
    const name = nameAround(ctx, i - 1, { first: range.first, end: i });
    return name ? { ref: { code: null, name: textOf(ctx, name), text: textOf(ctx, range) }, person: name.end - name.first >= 2, named: true } : null;
  }
  return null;
}

/** "The spokesperson added …" after "an Interpol spokesperson stated …": the same source again. */
function sameSourceAgain(ctx: QuoteContext, range: TokenRange, head: number, memory: SpeakerMemory): Speaker | null {
  if (ctx.tokens[range.first]?.normal !== 'the') return null;
  const word = ctx.tokens[head]?.normal ?? '';
  const earlier = memory.speakers.findLast((sp) => (sp.ref.text ?? '').toLowerCase().split(/\s+/u).includes(word));
  return earlier ? { ...earlier, ref: { ...earlier.ref, text: textOf(ctx, range) } } : null;
}

/**
 * The word a phrase is about: before its preposition ("a source within the ministry", "Japanese schools in China"),
 * unless it ends with a person after a title ("Former US Ambassador to the United Nations Nikki Haley").
 */
function headFor(ctx: QuoteContext, range: TokenRange, inside: readonly MentionOf[]): number {
  const beforeAdp = headOf(ctx, range);
  const first = ctx.tokens[range.first];
  const last = ctx.tokens[range.end - 1];
  if (!first || !last || DETERMINERS.has(first.normal)) return beforeAdp;
  const person = covering(inside, last.start, last.end)?.entity.type === 'person';
  const name = nameAround(ctx, range.end - 1, range);
  return person || (name && name.end - name.first >= 2) ? range.end - 1 : beforeAdp;
}

/** The speaker a phrase names, or null when it names none. */
export function resolvePhrase(ctx: QuoteContext, range: TokenRange, sentence: number, memory: SpeakerMemory): Speaker | null {
  if (range.end - range.first === 1 && isPersonalPronoun(ctx.tokens[range.first])) return pronounSpeaker(ctx, range.first, sentence, memory);
  const first = ctx.tokens[range.first];
  const last = ctx.tokens[range.end - 1];
  if (!first || !last) return null;
  const inside = (ctx.mentions[sentence] ?? []).filter((m) => m.mention.start < last.end && first.start < m.mention.end);
  const head = headFor(ctx, range, inside);
  const headToken = ctx.tokens[head];
  const named = headToken && covering(inside, headToken.start, headToken.end);
  if (named) {
    const { ref, person } = fromEntity(named.entity, textOf(ctx, range));
    return { ref, person, named: true, byName: headToken.pos === 'PROPN' };
  }
  const author = utteranceAuthor(ctx, range, head, inside);
  if (author) return author;
  const name = nameAround(ctx, head, range);
  if (name) {
    const code = inside.find((m) => m.entity.code)?.entity.code ?? null;
    return { ref: { code, name: textOf(ctx, name), text: textOf(ctx, range) }, person: name.end - name.first >= 2, named: true, byName: true };
  }
  const again = sameSourceAgain(ctx, range, head, memory);
  if (again) return again;
  const text = textOf(ctx, range);
  // One person only: "a spokesman", not "two senior officials".
  const person = !!headToken && headToken.normal === headToken.lemma && ctx.cues.personNouns.has(headToken.lemma);
  return { ref: { code: inside.find((m) => m.entity.code)?.entity.code ?? null, name: text, text }, person, named: false };
}

/** How well a speaker is known: a person by name, a person by role, an entity, a name, a description. */
function rank(s: Speaker): number {
  if (!s.named) return 0;
  if (s.person) return s.byName ? 4 : 3;
  if (s.ref.entityId) return 2;
  return s.named ? 1 : 0;
}

/**
 * The best of a cue's candidate phrases ("Bruno Parrilla, the foreign affairs minister of Cuba, responded": the
 * name), with the code of another candidate when the best has none (the minister's CUBGOV).
 */
export function resolveSpeaker(ctx: QuoteContext, phrases: readonly TokenRange[], sentence: number, memory: SpeakerMemory): Speaker | null {
  let best: Speaker | null = null;
  let bestRank = -1;
  let code: string | null = null;
  for (const phrase of phrases) {
    const s = resolvePhrase(ctx, phrase, sentence, memory);
    if (!s) continue;
    const r = rank(s);
    if (r >= 2) code ??= s.ref.code;
    if (r > bestRank) [best, bestRank] = [s, r];
  }
  if (best && best.ref.code === null && code !== null) return { ...best, ref: { ...best.ref, code } };
  return best;
}
