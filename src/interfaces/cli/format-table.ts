/** `--format table`: the coded article for people, one section per kind of finding, coloured on a terminal. */
import { styleText } from 'node:util';
import type { ContractOutput } from '../../core/index.js';

type Style = Parameters<typeof styleText>[0];
export type Paint = (style: Style, text: string) => string;

export const plain: Paint = (_style, text) => text;
export const colour: Paint = (style, text) => styleText(style, text);

function section(paint: Paint, title: string, rows: readonly string[]): string[] {
  if (rows.length === 0) return [];
  return ['', paint('bold', `${title} (${rows.length})`), ...rows.map((r) => `  ${r}`)];
}

function where(start: number, end: number): string {
  return `[${start}-${end}]`;
}

export function formatTable(out: ContractOutput, paint: Paint): string {
  const { article } = out;
  const head = [paint(['bold', 'cyan'], `${article.title ?? article.id}`), paint('dim', `${article.source} · published ${article.published ?? 'unknown'}`)];
  if (article.note) head.push(paint('yellow', `note: ${article.note}`));
  const entities = out.entities.map((e) => {
    const code = e.code ? paint('green', e.code) : paint('dim', '-');
    const role = e.role ? ` (${e.role}${e.affiliation === 'inferred' ? ', affiliation inferred' : ''})` : '';
    const geo = e.geo?.country && e.type === 'place' ? ` -> ${e.geo.country}` : '';
    const mentions = e.mentions.map((m) => m.text).filter((t, i, all) => all.indexOf(t) === i).join(' | ');
    return `${e.type.padEnd(12)} ${code.padEnd(10)} ${paint('bold', e.name)}${role}${geo}  ${paint('dim', `"${mentions}"`)}`;
  });
  const times = out.times.map((t) => `${(t.value ?? 'unresolved').padEnd(12)} ${t.precision.padEnd(6)} "${t.text}" ${paint('dim', where(t.start, t.end))}`);
  const quotes = out.quotes.map((q) => {
    const speaker = q.speaker ? `${q.speaker.name}${q.speaker.code ? ` ${paint('green', q.speaker.code)}` : ''}` : paint('dim', 'unknown speaker');
    return `${paint('bold', speaker)}${q.direct ? '' : paint('dim', ' (reported)')}: "${q.text}"`;
  });
  const events = out.events.map((e) => {
    const actor = (a: typeof e.source): string => (a ? paint('green', a.code ?? a.name) : paint('dim', '-'));
    const flags = [e.modality === 'asserted' ? '' : paint('yellow', e.modality), e.background ? paint('dim', 'background') : ''].filter(Boolean).join(' ');
    const what = e.label ? `${paint('bold', e.code)} ${e.label}` : paint('bold', e.code);
    const where = e.location ? ` in ${e.location.name}` : '';
    const by = e.reportedBy ? paint('dim', ` (reported by ${e.reportedBy.name})`) : '';
    // 2021-10-18 RUS 161 Reduce or break diplomatic relations -> IGOWSTNAT  expected background
    return `${(e.date ?? '?').padEnd(10)} ${actor(e.source)} ${what} -> ${actor(e.target)}${where} ${flags}${by}\n      ${paint('dim', `${e.rule} · "${e.evidence}"`)}`;
  });
  return [
    ...head,
    ...section(paint, 'Entities', entities),
    ...section(paint, 'Times', times),
    ...section(paint, 'Quotes', quotes),
    ...section(paint, 'Events', events),
  ].join('\n');
}
