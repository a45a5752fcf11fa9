/** Turns an Analysis into the JSON shape of CONTRACT.md, the one every consumer reads. */
import type { ActorRef, Analysis, ContractOutput } from '../core/index.js';

function ref(actor: ActorRef | null): { code: string | null; name: string; text?: string } | null {
  if (!actor) return null;
  return actor.text === undefined ? { code: actor.code, name: actor.name } : { code: actor.code, name: actor.name, text: actor.text };
}

export function toContract(analysis: Analysis): ContractOutput {
  const { article } = analysis;
  return {
    article: {
      id: article.id,
      source: article.source,
      title: article.title,
      published: article.published,
      language: article.language,
      note: article.published ? null : 'no publication date given (date header, JSON field or --date): relative dates stay unresolved',
    },
    entities: analysis.entities.map((e) => ({
      name: e.name,
      type: e.type,
      code: e.code,
      role: e.role,
      affiliation: e.affiliation,
      geo: e.geo,
      mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
    })),
    times: analysis.times.map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      value: t.value,
      precision: t.precision,
      stated: [...t.stated],
      implied: [...t.implied],
      unresolved: t.unresolved,
    })),
    quotes: analysis.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      direct: q.direct,
      speaker: ref(q.speaker),
      cue: q.cue,
      sentence: q.sentence,
      rule: q.rule,
    })),
    events: analysis.events.map((e) => ({
      sentence: e.sentence,
      evidence: e.evidence,
      source: ref(e.source),
      target: ref(e.target),
      code: e.code,
      ...(e.label === undefined ? {} : { label: e.label }),
      trigger: { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end },
      root: e.root,
      quadClass: e.quadClass,
      goldstein: e.goldstein,
      plover: e.plover,
      date: e.date,
      dateText: e.dateText,
      dateBasis: e.dateBasis,
      modality: e.modality,
      background: e.background,
      location: e.location,
      reportedBy: ref(e.reportedBy),
      confidence: e.confidence,
      rule: e.rule,
    })),
  };
}
