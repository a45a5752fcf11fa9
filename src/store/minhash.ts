/**
 * Near-duplicate detection with MinHash over word 5-shingles, and LSH bands to find candidates without comparing
 * every pair. Two syndicated copies of one wire story ("…, Reuters reports" added, a headline changed) share most
 * shingles; their estimated Jaccard similarity stays above NEAR_DUPLICATE.
 *
 *   64 hashes in 8 bands of 8 rows: a pair at similarity 0.8 shares a band with p = 1 - (1 - 0.8^8)^8 ≈ 0.82,
 *   at 0.9 with p ≈ 0.99, at 0.5 with p ≈ 0.03; candidates are then checked on the whole signature.
 */
export const HASHES = 64;
export const BANDS = 8;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;
export const NEAR_DUPLICATE = 0.8;

const WORD = /[\p{L}\p{N}]+/gu;

/** Seeds for the 64 hash functions: fixed, so that signatures are comparable across runs and processes. */
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) hashes.push(hashWord(m[0]));
  return hashes;
}

/** The MinHash signature of a text; texts shorter than one shingle hash as one shingle. */
export function minhashSignature(text: string): Uint32Array {
  const words = wordHashes(text);
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  const shingles = Math.max(1, words.length - SHINGLE + 1);
  for (let s = 0; s < shingles; s++) {
    let shingle = 0;
    for (let w = s; w < Math.min(s + SHINGLE, words.length); w++) shingle = fmix32(Math.imul(shingle, 31) + (words[w] ?? 0));
    for (let i = 0; i < HASHES; i++) {
      const h = fmix32(shingle ^ (SEEDS[i] ?? 0));
      if (h < (signature[i] ?? 0)) signature[i] = h;
    }
  }
  return signature;
}

/** The LSH band keys: one 31-bit hash per band, so that it fits a signed integer column everywhere. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 31) + (signature[b * ROWS + r] ?? 0));
    keys.push(h & 0x7fffffff);
  }
  return keys;
}

/** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export function signatureToBytes(signature: Uint32Array): Uint8Array {
  return new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
