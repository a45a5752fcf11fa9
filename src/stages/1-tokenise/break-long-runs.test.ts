import { describe, expect, it } from 'vitest';
import { breakLongRuns } from './break-long-runs.js';

describe('breakLongRuns', () => {
  it('leaves ordinary text alone', () => {
    const text = 'Ghana recalled its envoy to Togo on Monday: https://example.org/news.';
    expect(breakLongRuns(text)).toBe(text);
  });

  it('keeps the length of every run it breaks, so offsets stay true', () => {
    for (const n of [129, 200, 256, 257, 1000, 30_000]) {
      const run = '-'.repeat(n);
      const broken = breakLongRuns(`a ${run} b`);
      expect(broken.length).toBe(n + 4);
      expect(broken.startsWith('a ')).toBe(true);
      expect(broken.endsWith(' b')).toBe(true);
      expect(Math.max(...broken.split(/\s/u).map((w) => w.length))).toBeLessThanOrEqual(128);
    }
  });

  it('changes only characters of long runs, and only into spaces', () => {
    const text = `word ${'ab'.repeat(300)} end`;
    const broken = breakLongRuns(text);
    for (let i = 0; i < text.length; i++) if (broken[i] !== text[i]) expect(broken[i]).toBe(' ');
  });
});

describe('breakLongRuns on runs near the limit', () => {
  it('breaks a run of 129 characters between Unicode spaces, and leaves one of 128 alone', () => {
    for (const space of [' ', '\u00a0', '\u2009', '\u3000', '\ufeff', '\t']) {
      const short = `a${space}${'x'.repeat(128)}${space}b`;
      expect(breakLongRuns(short)).toBe(short);
      const long = `a${space}${'x'.repeat(129)}${space}b`;
      expect(breakLongRuns(long)).not.toBe(long);
    }
  });

  it('counts a run in code points as the tokeniser does: 100 emoji (200 UTF-16 units) are no long run', () => {
    const emoji = '\u{1F600}'.repeat(100);
    expect(breakLongRuns(`a ${emoji} b`)).toBe(`a ${emoji} b`);
  });
});
