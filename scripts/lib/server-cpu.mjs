// CPU time of the database servers on this machine, read from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds of the PostgreSQL and Redis servers on this machine, with the backends PostgreSQL has reaped: the
 * database's share of a run, which on a 2-core machine is taken from the workers.
 */
export function serverCpuSeconds() {
  const ticks = { postgres: 0, redis: 0 };
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const server = name.startsWith('postgres') ? 'postgres' : name.startsWith('redis-server') ? 'redis' : null;
    if (!server) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks[server] += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return { postgres: ticks.postgres / 100, redis: ticks.redis / 100 };
}
