import { describe, expect, it } from 'vitest';
import { keyScan } from './key-scan.js';

describe('keyScan', () => {
  const keys = ['week', 'weekend', 'this ', 'last ', ' ago', 'night', 'tonight', 'the day', 'the same day'];
  const scan = keyScan(keys);

  it('finds a key inside a longer one and keys that share a character', () => {
    expect([...scan.keysIn('last weekend and tonight')].sort()).toEqual(['last ', 'night', 'tonight', 'week', 'weekend']);
    expect([...scan.keysIn('at last ago')].sort()).toEqual([' ago', 'last ']);
  });

  it('gives what includes gives, key by key', () => {
    const texts = ['', 'the same day', 'weeks ago', 'this', 'this  week', 'weekweekend', 'the day after tonight', 'nothing here'];
    for (const text of texts) {
      const found = scan.keysIn(text);
      for (const key of keys) expect(found.has(key)).toBe(text.includes(key));
    }
  });
});
