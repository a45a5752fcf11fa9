import { describe, expect, it } from 'vitest';
import type { Article } from '../core/index.js';
import { InputError } from './input-error.js';
import { looksLikeJsonLines, parseJsonLines } from './parse-json-lines.js';

const lines = (...records: string[]) => records.join('\n');
const errors = (results: readonly (Article | InputError)[]) => results.filter((r) => r instanceof InputError).map((e) => e.message);
const articles = (results: readonly (Article | InputError)[]) => results.filter((r): r is Article => !(r instanceof InputError));

describe('JSON Lines input', () => {
  it('makes one article per line with the given id, date, title and url', () => {
    const [a] = articles(parseJsonLines('{"id": 17, "published": "2022-05-01", "title": "Vote", "url": "https://x.test/1", "text": "Peru voted."}', 'in.jsonl'));
    expect(a).toMatchObject({ id: '17', published: '2022-05-01', title: 'Vote', url: 'https://x.test/1', text: 'Peru voted.', source: 'in.jsonl:1' });
  });

  it('accepts "date" for the publication date and skips blank lines', () => {
    const results = parseJsonLines(lines('{"date": "2022-05", "text": "A."}', '', '   ', '{"text": "B."}'), 'in.jsonl');
    expect(articles(results).map((a) => a.published)).toEqual(['2022-05', null]);
    expect(articles(results)[1]?.source).toBe('in.jsonl:4');
  });

  it('names file:line for a line that is not JSON, and still reads the others', () => {
    const results = parseJsonLines(lines('{"text": "A."}', '{"text": "B.",', '{"text": "C."}'), 'feed.jsonl');
    expect(errors(results)).toHaveLength(1);
    expect(errors(results)[0]).toMatch(/^feed\.jsonl:2: not valid JSON/u);
    expect(articles(results).map((a) => a.text)).toEqual(['A.', 'C.']);
  });

  it('names the field when "text" is missing or of the wrong type', () => {
    expect(errors(parseJsonLines('{"id": "x"}', 'f.jsonl'))[0]).toMatch(/^f\.jsonl:1: field "text"/u);
    expect(errors(parseJsonLines('{"text": 42}', 'f.jsonl'))[0]).toMatch(/^f\.jsonl:1: field "text"/u);
  });

  it('names the date field when its value is not a date', () => {
    expect(errors(parseJsonLines('{"published": "last Tuesday", "text": "A."}', 'f.jsonl'))[0]).toBe('f.jsonl:1: field "published": not a date: "last Tuesday"');
    expect(errors(parseJsonLines('\n{"date": "2021-13-01", "text": "A."}', 'f.jsonl'))[0]).toMatch(/^f\.jsonl:2: field "date"/u);
  });

  it('tells JSON Lines from plain text on standard input', () => {
    expect(looksLikeJsonLines('{"text": "A."}\n{"text": "B."}\n')).toBe(true);
    expect(looksLikeJsonLines('date 2021\n{"not": "json lines"}')).toBe(false);
    expect(looksLikeJsonLines('   \n')).toBe(false);
  });
});
