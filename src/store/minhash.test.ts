import { describe, expect, it } from 'vitest';
import { bandKeys, BANDS, minhashSignature, NEAR_DUPLICATE, signatureFromBytes, signatureToBytes, similarity } from './minhash.js';

const STORY = 'Ghana reopened its land border with Togo on Monday after a closure of two weeks, the interior ministry said. Officials said the two governments had agreed to step up joint patrols along the frontier, and Togo said trade would resume at once.';

describe('MinHash', () => {
  it('finds a copy with a credit line added similar enough to link', () => {
    const copy = `${STORY} Reporting by the wire desk.`;
    expect(similarity(minhashSignature(STORY), minhashSignature(copy))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
  });

  it('keeps a different story about the same actors apart', () => {
    const other = 'Togo closed its border with Ghana on Friday, citing security threats in the north, and recalled its ambassador from Accra for consultations.';
    expect(similarity(minhashSignature(STORY), minhashSignature(other))).toBeLessThan(0.3);
  });

  it('ignores case and punctuation, and gives identical texts identical band keys', () => {
    expect(similarity(minhashSignature(STORY), minhashSignature(STORY.toUpperCase().replaceAll(',', '')))).toBe(1);
    expect(bandKeys(minhashSignature(STORY))).toHaveLength(BANDS);
    expect(bandKeys(minhashSignature(STORY))).toEqual(bandKeys(minhashSignature(STORY)));
  });

  it('round-trips a signature through bytes, as the store keeps it', () => {
    const signature = minhashSignature(STORY);
    expect(signatureFromBytes(Uint8Array.from(signatureToBytes(signature)))).toEqual(signature);
  });
});
