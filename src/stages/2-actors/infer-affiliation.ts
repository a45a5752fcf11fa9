/**
 * Whom a bare title works for, from context: "Foreign Minister Sergey Lavrov announced…" in an article whose
 * nearby sentences are about Russia -> Russia. Countries and organisations named in the same sentence weigh most,
 * then the sentences around it, then the whole article; ties go to the one named first.
 */
export interface Sighting {
  readonly code: string;
  readonly kind: 'country' | 'organization';
  readonly sentence: number;
  /** Position in the text, for ties. */
  readonly start: number;
  /** How much it counts; 1 unless said otherwise (a place counts for less than an actor). */
  readonly weight?: number;
}

const WEIGHT_BY_DISTANCE = [3, 2, 1];
const ARTICLE_WEIGHT = 0.3;

/** The code that dominates around `sentence`, among sightings of the given kinds; null when there are none. */
export function dominantActor(sightings: readonly Sighting[], sentence: number, kinds: ReadonlySet<Sighting['kind']>): string | null {
  const score = new Map<string, { weight: number; first: number }>();
  for (const s of sightings) {
    if (!kinds.has(s.kind)) continue;
    const weight = (WEIGHT_BY_DISTANCE[Math.abs(s.sentence - sentence)] ?? ARTICLE_WEIGHT) * (s.weight ?? 1);
    const known = score.get(s.code);
    if (known) known.weight += weight;
    else score.set(s.code, { weight, first: s.start });
  }
  let best: string | null = null;
  let bestScore = { weight: 0, first: Infinity };
  for (const [code, s] of score) {
    if (s.weight > bestScore.weight || (s.weight === bestScore.weight && s.first < bestScore.first)) {
      best = code;
      bestScore = s;
    }
  }
  return best;
}
