/**
 * How a query names an actor: a CAMEO code matches itself and every code it begins ("RUS" matches RUSGOV and
 * RUSMIL), anything else matches the readable name, case aside ("nato" matches NATO). A prefix is a range on the
 * indexed column (`code >= 'RUS' AND code < 'RUS\uffff'`), which every SQL store answers from its index.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

const CODE = /^[A-Z][A-Z0-9]{2,}$/u;
const AFTER_PREFIX = '\uffff';

export function isActorCode(value: string): boolean {
  return CODE.test(value);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBuilder = ExpressionBuilder<any, any>;

export function matchActor(eb: AnyBuilder, codeColumn: string, nameColumn: string, value: string): Expression<SqlBool> {
  if (isActorCode(value)) return eb.and([eb(eb.ref(codeColumn), '>=', value), eb(eb.ref(codeColumn), '<', `${value}${AFTER_PREFIX}`)]);
  return eb(sql`lower(${eb.ref(nameColumn)})`, '=', value.toLowerCase());
}

/** A code prefix as a range, for tables that keep codes only. */
export function codeRange(value: string): readonly [string, string] {
  return [value, `${value}${AFTER_PREFIX}`];
}
