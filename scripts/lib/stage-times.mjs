// Time spent in each pipeline stage, measured by running the stages in the pipeline's own order (dyad.STAGES)
// over the corpus. The headline figure comes from `analyse` itself; this pass only splits it up. A first pass
// over the same articles is not timed: code that V8 has not yet optimised for these articles would make the split
// add up to far more than the headline figure.

export function emptyStageTimes(stages) {
  return Object.fromEntries(stages.map((s) => [s.name, 0]));
}

/** Adds each stage's milliseconds over all articles to `times`. */
export function timeStages(articles, dyad, dictionaries, times) {
  const context = { data: dictionaries, trace: { enabled: false, add: () => undefined } };
  runStages(articles, dyad, context, null);
  runStages(articles, dyad, context, times);
}

function runStages(articles, dyad, context, times) {
  for (const article of articles) {
    let analysis = { article, sentences: [], tokens: [], entities: [], times: [], quotes: [], events: [] };
    for (const stage of dyad.STAGES) {
      const t = performance.now();
      analysis = stage.run(analysis, context);
      if (times) times[stage.name] += performance.now() - t;
    }
  }
}
