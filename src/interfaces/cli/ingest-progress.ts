/**
 * The ingest progress bar on a terminal (standard error): bytes read of the total, articles/s and ETA. Silent
 * when standard error is not a terminal, so logs and pipes stay clean.
 */
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../../app/index.js';

export interface ProgressView {
  update(progress: IngestProgress): void;
  stop(): void;
}

const silent: ProgressView = { update: () => undefined, stop: () => undefined };

export function progressBar(totalBytes: number, enabled: boolean): ProgressView {
  if (!enabled || totalBytes === 0) return silent;
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    { format: 'ingest |{bar}| {percentage}% · {articles} articles · {rate} articles/s · ETA {eta_formatted}', stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { articles: 0, rate: 0 });
  return {
    update: (p) => {
      const seconds = (performance.now() - started) / 1000;
      bar.update(Math.min(p.bytes, totalBytes), { articles: p.written, rate: seconds > 0 ? Math.round(p.written / seconds) : 0 });
    },
    stop: () => bar.stop(),
  };
}
