/**
 * Collects entities while the stage reads the article: one draft per key ("country:RUS", "person:sergey lavrov"),
 * mentions appended as they are found, then frozen into `Entity` records ordered by first mention.
 */
import type { Entity, EntityType, Geo, Mention } from '../../core/index.js';
import type { Gender, OfficeHolder } from '../../dictionaries/index.js';
import type { RolePhrase } from './find-roles.js';

export interface Draft {
  readonly key: string;
  readonly type: EntityType;
  name: string;
  code: string | null;
  role: string | null;
  affiliation: Entity['affiliation'];
  geo: Geo | null;
  gender: Gender | null;
  holder: OfficeHolder | null;
  /** The role phrases the text ties to this person, in order. */
  roles: RolePhrase[];
  readonly mentions: Mention[];
}

export type DraftInit = Pick<Draft, 'type' | 'name'> & Partial<Omit<Draft, 'key' | 'type' | 'name' | 'mentions' | 'roles'>>;

export class EntityBook {
  private readonly byKey = new Map<string, Draft>();

  /** The draft for `key`, made from `init` the first time. */
  draft(key: string, init: DraftInit): Draft {
    let d = this.byKey.get(key);
    if (!d) {
      d = { key, code: null, role: null, affiliation: null, geo: null, gender: null, holder: null, ...init, roles: [], mentions: [] };
      this.byKey.set(key, d);
    }
    return d;
  }

  add(key: string, init: DraftInit, mention: Mention): Draft {
    const d = this.draft(key, init);
    d.mentions.push(mention);
    return d;
  }

  get(key: string): Draft | undefined {
    return this.byKey.get(key);
  }

  remove(key: string): void {
    this.byKey.delete(key);
  }

  drafts(): Draft[] {
    return [...this.byKey.values()];
  }

  /** The entities, each with its mentions in text order, ordered by first mention; ids `e0`, `e1`, … */
  entities(): Entity[] {
    const withMentions = this.drafts().filter((d) => d.mentions.length > 0);
    for (const d of withMentions) d.mentions.sort((a, b) => a.start - b.start);
    withMentions.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
    return withMentions.map((d, i) => ({
      id: `e${i}`,
      name: d.name,
      type: d.type,
      code: d.code,
      role: d.role,
      affiliation: d.affiliation,
      geo: d.geo,
      mentions: d.mentions,
    }));
  }
}
