/**
 * The one-way import rule of STYLE.md, checked by `npm run lint`:
 *
 *   core <- dictionaries <- stages/N-* <- pipeline <- store, query, queue <- app <- interfaces/{cli,http,web}
 *   core <- input <- app
 *
 * Each rule names the layer it guards; a violation prints the rule's comment and the offending import.
 */
const LAYERS_ABOVE_CORE = '^src/(?!core/)';
const TEST_FILE = '\\.(test|case)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a cycle: one of them belongs in a lower layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-nothing',
      severity: 'error',
      comment: 'src/core holds the domain types and tiny pure helpers; it imports nothing else from src/.',
      from: { path: '^src/core/' },
      to: { path: LAYERS_ABOVE_CORE },
    },
    {
      name: 'dictionaries-import-core-only',
      severity: 'error',
      comment: 'src/dictionaries loads data/ and may import src/core only.',
      from: { path: '^src/dictionaries/' },
      to: { path: '^src/(?!core/|dictionaries/)' },
    },
    {
      name: 'input-imports-core-only',
      severity: 'error',
      comment: 'src/input reads articles and may import src/core only.',
      from: { path: '^src/input/' },
      to: { path: '^src/(?!core/|input/)' },
    },
    {
      name: 'stages-import-core-and-dictionaries',
      severity: 'error',
      comment: 'A stage imports src/core and src/dictionaries only (never the pipeline, app, input or an interface).',
      from: { path: '^src/stages/', pathNot: TEST_FILE },
      to: { path: '^src/(?!core/|dictionaries/|stages/)' },
    },
    {
      name: 'stage-tests-import-core-dictionaries-input',
      severity: 'error',
      comment: 'A stage test may also build its articles with src/input, but never runs the pipeline or an interface.',
      from: { path: '^src/stages/.*\\.(test|case)\\.ts$' },
      to: { path: '^src/(?!core/|dictionaries/|stages/|input/)' },
    },
    {
      name: 'no-sibling-stage',
      severity: 'error',
      comment: 'A stage never imports a sibling stage: what it needs from an earlier stage is in the Analysis.',
      from: { path: '^src/stages/([^/]+)/' },
      to: { path: '^src/stages/', pathNot: '^src/stages/$1/' },
    },
    {
      name: 'pipeline-imports-stages-and-below',
      severity: 'error',
      comment: 'src/pipeline orders the stages; it imports core, dictionaries and stages only.',
      from: { path: '^src/pipeline/', pathNot: TEST_FILE },
      to: { path: '^src/(?!core/|dictionaries/|stages/|pipeline/)' },
    },
    {
      name: 'pipeline-tests-import-input-too',
      severity: 'error',
      comment: 'A pipeline test may also build its articles with src/input, but never uses the app or an interface.',
      from: { path: '^src/pipeline/.*\\.(test|case)\\.ts$' },
      to: { path: '^src/(?!core/|dictionaries/|stages/|pipeline/|input/)' },
    },
    {
      name: 'store-query-queue-below-app',
      severity: 'error',
      comment: 'src/store, src/query and src/queue sit below the application API and the interfaces.',
      from: { path: '^src/(store|query|queue)/' },
      to: { path: '^src/(app|interfaces|input)/' },
    },
    {
      name: 'queue-imports-core-only',
      severity: 'error',
      comment: 'src/queue carries batches of articles between machines (BullMQ); it imports src/core only: what a job does is the application\'s to say.',
      from: { path: '^src/queue/' },
      to: { path: '^src/(?!core/|queue/)' },
    },
    {
      name: 'app-below-interfaces',
      severity: 'error',
      comment: 'src/app is the application API; it never imports an interface.',
      from: { path: '^src/app/' },
      to: { path: '^src/interfaces/' },
    },
    {
      name: 'app-runs-stages-through-pipeline',
      severity: 'error',
      comment: 'src/app runs the stages only through src/pipeline, which knows their order.',
      from: { path: '^src/app/' },
      to: { path: '^src/stages/' },
    },
    {
      name: 'interfaces-not-stages',
      severity: 'error',
      comment: 'An interface is a thin adapter over src/app: it never reaches into a stage.',
      from: { path: '^src/interfaces/' },
      to: { path: '^src/stages/' },
    },
    {
      name: 'no-sibling-interface',
      severity: 'error',
      comment: 'Interfaces (cli, http, web) do not import each other; shared logic belongs in src/app. One door: `dyad serve` starts the HTTP interface.',
      from: { path: '^src/interfaces/([^/]+)/', pathNot: '^src/interfaces/cli/serve-command\\.ts$' },
      to: { path: '^src/interfaces/', pathNot: '^src/interfaces/$1/' },
    },
    {
      name: 'no-dev-deps-in-src',
      severity: 'error',
      comment: 'Code that ships must not import a devDependency (tests may). The web UI is bundled at build time (scripts/build-web.mjs), so its libraries are build inputs.',
      from: { path: '^src/', pathNot: [TEST_FILE, '^src/interfaces/web/'] },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|scratch)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
