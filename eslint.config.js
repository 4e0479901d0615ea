// Layering: server/ -> graphql/ -> engine/ -> models/. server/ is the composition root (configuration, HTTP,
// start and stop) and uses graphql/ and engine/ through their index.ts; graphql/ never reaches up to server/,
// engine/ never up to graphql/, server/ or HTTP, models/ never up at all; web/ talks to the server only over
// GraphQL, so it imports none of them. bpmn-shared/ (the moddle descriptor and bpmnlint rule list) is what
// engine/ and web/ both import; it imports neither.
import boundaries from 'eslint-plugin-boundaries';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const upward = (names, message) => ({ group: names, message });
const engineRules = [
  upward(
    ['**/server/**', '**/server', '**/graphql/**', '**/graphql', '**/web/**'],
    'engine/ never imports server/, graphql/ or web/.',
  ),
  upward(
    ['koa', 'koa/*', '@koa/*', 'graphql', 'graphql/*', 'graphql-yoga', '@graphql-tools/*'],
    'engine/ never imports koa or graphql.',
  ),
];

// Tiers of engine/ (docs/architecture.md): each folder belongs to one, and a tier imports only those
// listed for it. Desk may import intake (a callback finds its customer), never the reverse. The top
// (engine/index.ts, make-context.ts, batch.ts, demo/) composes them all. test/engine/tiers.test.ts
// checks the whole graph for cycles, which a rule looking at one import at a time cannot see.
const TIERS = ['core', 'process', 'intake', 'desk', 'people', 'analytics'];
const tierElements = [
  ...TIERS.map((type) => ({ type, pattern: `engine/${type}/*` })),
  // The rest of engine/: index.ts, make-context.ts, batch.ts and demo/ (descriptors match in order).
  { type: 'top', pattern: 'engine' },
];
const tierPolicies = [
  ...TIERS.map((type, i) => ({
    from: { element: { type } },
    disallow: { to: { element: { type: [...TIERS.slice(i + 1), 'top'] } } },
    message: `engine/${type}/ imports only ${TIERS.slice(0, i + 1).join(', ')} (the tiers in docs/architecture.md).`,
  })),
  {
    disallow: { to: { element: { type: TIERS, fileInternalPath: '!index.ts' } } },
    message: 'Import another folder of engine/ through its index.ts.',
  },
];

const userPatterns = {
  selector: "NewExpression[callee.name='RegExp'], CallExpression[callee.name='RegExp']",
  message: 'Run user patterns through engine/core/patterns (RE2), not RegExp.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'web/src/generated/**', 'data/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through config.ts.' },
      ],
    },
  },
  {
    files: ['config.ts', 'knexfile.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['models/**/*.ts'],
    rules: restrict([
      upward(
        ['**/engine/**', '**/engine', '**/graphql/**', '**/graphql', '**/server/**', '**/server', '**/web/**'],
        'models/ is the bottom layer.',
      ),
      upward(['koa', 'koa/*', 'graphql', 'graphql-yoga', 'graphql/*'], 'models/ knows nothing of HTTP or GraphQL.'),
    ]),
  },
  {
    files: ['engine/**/*.ts'],
    rules: restrict(engineRules),
  },
  {
    // Tiers import downward only, and another folder only through its index.ts.
    files: ['engine/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': tierElements,
      'boundaries/include': ['engine/**/*.ts'],
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'allow', policies: tierPolicies }] },
  },
  {
    files: ['graphql/**/*.ts'],
    rules: restrict([
      upward(['**/server/**', '**/server'], 'graphql/ never imports server/: server/ passes in what it needs.'),
    ]),
  },
  {
    // The composition root sees the layers below through their surfaces only.
    files: ['server/**/*.ts', 'server.ts'],
    rules: restrict([
      upward(['**/graphql/**', '!**/graphql/index.ts'], 'server/ imports graphql/ through graphql/index.ts.'),
      upward(['**/engine/**', '!**/engine/index.ts'], 'server/ imports engine/ through engine/index.ts.'),
    ]),
  },
  {
    // Bundled into the browser as well as run by the server: plain data and functions only.
    files: ['bpmn-shared/**/*.ts'],
    rules: restrict([
      upward(
        [
          '**/engine/**',
          '**/engine',
          '**/graphql/**',
          '**/graphql',
          '**/models/**',
          '**/models',
          '**/server/**',
          '**/server',
          '**/web/**',
        ],
        'bpmn-shared/ is imported by engine/ and web/, and imports neither.',
      ),
      upward(['node:*', 'koa', 'koa/*', 'graphql', 'graphql/*', 'knex'], 'bpmn-shared/ runs in the browser too.'),
    ]),
  },
  {
    // Regular expressions built from text at run time are user patterns: they go through
    // engine/core/patterns (RE2, linear time), never JavaScript's backtracking RegExp.
    files: [
      'engine/**/*.ts',
      'graphql/**/*.ts',
      'server/**/*.ts',
      'models/**/*.ts',
      'config.ts',
      'config/**/*.ts',
      'server.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', userPatterns] },
  },
  {
    // SQL lives in models/ only: above it, queries are repository calls (raw SQL would be the first sign
    // of one written elsewhere).
    files: ['engine/**/*.ts', 'graphql/**/*.ts', 'server/**/*.ts', 'config.ts', 'config/**/*.ts', 'server.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        userPatterns,
        {
          selector: 'CallExpression[callee.property.name=/^(raw|whereRaw|havingRaw|orderByRaw|joinRaw)$/]',
          message: 'SQL lives in models/: add a repository function there.',
        },
      ],
    },
  },
  ...svelte.configs.recommended,
  {
    files: ['web/**/*.svelte', 'web/**/*.svelte.ts'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Customer text (mail, chat, form values) reaches these pages: never as markup (docs/security.md).
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.js', 'web/**/*.svelte'],
    rules: {
      ...restrict([
        upward(
          ['**/engine/**', '**/models/**', '**/graphql/**', '**/server/**'],
          'web/ talks to the server only through GraphQL.',
        ),
      ]),
      // Answers are typed from the schema (web/src/generated, `npm run codegen`): an `any` needs a reason
      // in an eslint-disable comment.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
