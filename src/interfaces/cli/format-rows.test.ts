import { describe, expect, it } from 'vitest';
import { formatCsv, formatRowsTable } from './format-rows.js';
import { sparkline } from './sparkline.js';

describe('formatRows', () => {
  it('quotes CSV cells with commas or quotes, and keeps each row on one line', () => {
    expect(formatCsv([{ a: 'x, y', b: 'say "no"', c: 'two\nlines', d: null }])).toBe('a,b,c,d\n"x, y","say ""no""",two lines,');
  });

  it('aligns table columns and shortens long cells', () => {
    const table = formatRowsTable([{ code: '161', evidence: 'e'.repeat(100) }, { code: '04', evidence: 'short' }]);
    expect(table.split('\n')).toEqual(['code  evidence', `----  ${'-'.repeat(80)}`, `161   ${'e'.repeat(79)}…`, '04    short']);
  });

  it('says so when there are no rows', () => {
    expect(formatRowsTable([])).toBe('(no rows)');
  });
});

describe('sparkline', () => {
  it('scales bars to the largest value, zero lowest', () => {
    expect(sparkline([0, 1, 4, 2])).toBe('▁▃█▅');
    expect(sparkline([0, 0])).toBe('▁▁');
  });
});
