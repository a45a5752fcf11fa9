/**
 * `dyad worker`: one worker process of a distributed ingest. Takes batches from the queue, codes them in this
 * process (one core; run one worker per core, on as many machines as you like) and writes them to the shared
 * store. Storing is idempotent by article key, so a batch delivered twice (its first worker died) adds nothing.
 */
import type { DictionaryOptions } from '../dictionaries/index.js';
import { loadDictionaries } from '../dictionaries/index.js';
import { startArticleConsumer, type ArticleConsumer, type ArticleJobResult, type ConsumerOptions } from '../queue/index.js';
import type { CodedArticle, EventStore } from '../store/index.js';
import { codeForStore } from './ingest/code-for-store.js';

export interface QueueWorkerOptions extends Omit<ConsumerOptions, 'onCompleted'> {
  readonly queue: string;
  readonly store: EventStore;
  readonly dictionaries?: DictionaryOptions;
  readonly onJob?: (job: { readonly id: string; readonly articles: number }, result: ArticleJobResult) => void;
}

export interface QueueWorkerTotals {
  jobs: number;
  articles: number;
  stored: number;
  duplicates: number;
  events: number;
  failed: number;
}

export interface QueueWorker {
  readonly consumer: ArticleConsumer;
  readonly totals: Readonly<QueueWorkerTotals>;
}

export function startQueueWorker(options: QueueWorkerOptions): QueueWorker {
  const dictionaries = loadDictionaries(options.dictionaries ?? {});
  const totals: QueueWorkerTotals = { jobs: 0, articles: 0, stored: 0, duplicates: 0, events: 0, failed: 0 };
  const consumer = startArticleConsumer(
    options.queue,
    async ({ articles }) => {
      const coded: CodedArticle[] = [];
      const failed: { where: string; problem: string }[] = [];
      for (const article of articles) {
        const outcome = codeForStore(article, dictionaries);
        if (outcome.ok) coded.push(outcome.coded);
        else failed.push({ where: outcome.where, problem: outcome.problem });
      }
      const summary = await options.store.write(coded);
      return { stored: summary.stored, duplicates: summary.duplicates.length, events: summary.events, failed };
    },
    {
      ...options,
      onCompleted: (job, result) => {
        totals.jobs++;
        totals.articles += job.articles;
        totals.stored += result.stored;
        totals.duplicates += result.duplicates;
        totals.events += result.events;
        totals.failed += result.failed.length;
        options.onJob?.(job, result);
      },
    },
  );
  return { consumer, totals };
}
