import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The Office.js rules of eslint-plugin-office-addins's recommended config (load before read, sync
 * after load, no sync in a loop, isNullObject, ...). Only these are taken: the rest of that config is
 * the core and typescript-eslint recommended sets, already below (its own typescript-eslint copy
 * would clash with ours), and prettier/prettier, which would make lint a formatting check;
 * `npm run format:check` is that.
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);
/** The plugin's React config: eslint-plugin-react's recommended rules, with the plugin object it carries. */
const officeAddinsReact = officeAddins.configs.react[0];

/**
 * Outside the engine, the engine is imported from its public surface, src/core/index.ts, and not from
 * its modules: what the hosts may rely on is then one file to read and one to keep stable.
 */
const coreSurface = {
  group: ['../core/*', '../../core/*', '../../../core/*'],
  message: "Import the engine from its public surface, src/core/index.ts ('../core'), not from its modules.",
};

/**
 * No spread or `apply` in a call's arguments (`push(...rows)`, `Math.max(...cols)`, `f.apply(null, cells)`):
 * each element becomes an argument on the stack, and an array as long as a sheet's rows overflows it —
 * 200,000 rows gave "Maximum call stack size exceeded". Only a literal array with no spread of its
 * own may be spread (`f(...[a, b])`): its length is there to read. A loop (`pushAll` in the engine)
 * does the rest.
 */
const noSpreadCalls = [
  {
    selector:
      ":matches(CallExpression, NewExpression) > SpreadElement.arguments:not([argument.type='ArrayExpression']:not(:has(ArrayExpression > SpreadElement)))",
    message:
      "No spread in a call's arguments: a data-sized array overflows the stack (200,000 rows did). Use a loop (pushAll in the engine).",
  },
  {
    // fn.apply(this, args) and Reflect.apply(fn, this, args) alike.
    selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='apply']",
    message:
      "No .apply(): its array becomes the call's arguments, and a data-sized one overflows the stack. Use a loop.",
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'test/fixtures/', 'samples/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: { ...officeAddinsRules, 'no-restricted-syntax': ['error', ...noSpreadCalls] },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { ...officeAddinsReact.plugins, 'react-hooks': reactHooks },
    languageOptions: officeAddinsReact.languageOptions,
    settings: { react: { version: 'detect' } },
    rules: {
      ...officeAddinsReact.rules,
      // TypeScript checks the props; prop-types are for untyped JavaScript.
      'react/prop-types': 'off',
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx", swc runtime "automatic") needs no React in scope.
      'react/react-in-jsx-scope': 'off',
      'react/jsx-uses-react': 'off',
      ...reactHooks.configs.flat.recommended.rules,
    },
  },
  {
    // The engine is pure: no host, no UI, no file system.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'],
              message: 'src/core is pure: no file or process I/O.',
            },
            {
              group: [
                'react',
                'react-dom',
                '@fluentui/*',
                'exceljs',
                '../excel/*',
                '../xlsx/*',
                '../../excel/*',
                '../../xlsx/*',
              ],
              message: 'src/core imports nothing from Office, React or file adapters.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Excel.* belongs in src/excel.' },
        { name: 'Office', message: 'Office.* belongs in src/excel.' },
        { name: 'document', message: 'No DOM in src/core.' },
        { name: 'window', message: 'No DOM in src/core.' },
      ],
    },
  },
  {
    // The add-in's layers: the pane (src/taskpane) and the ribbon (src/commands) -> the application
    // layer (src/app: the HostApi port, view models, settings edits, messages) <- the Office.js
    // adapter (src/excel), which implements the port. The one composition point is
    // src/taskpane/index.tsx: it creates the Excel-backed HostApi and installs it as the shared host,
    // which the ribbon commands (same runtime) then use.
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../taskpane/*', '../commands/*', 'react', 'react-dom', 'react-dom/*', '@fluentui/*'],
              message:
                'src/excel is the Office.js adapter: it implements the HostApi of src/app and knows nothing of the pane or the ribbon.',
            },
            coreSurface,
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*', '../taskpane/*', '../commands/*'],
              message:
                'src/app is the application layer: no UI (the pane and the ribbon depend on it, not it on them).',
            },
            {
              group: ['../excel/*'],
              message:
                'src/app holds no Office.js: the Excel host implements its HostApi, and src/taskpane/index.tsx wires it in.',
            },
            coreSurface,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Excel.* belongs in src/excel.' },
        { name: 'Office', message: 'Office.* belongs in src/excel.' },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/commands/**/*.ts'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../excel/*', '../../excel/*'],
              message:
                'The pane and the ribbon reach the workbook through the HostApi of src/app; only src/taskpane/index.tsx creates the Excel host.',
            },
            coreSurface,
          ],
        },
      ],
    },
  },
  {
    // The file host and the composition point have no layer rules of their own, only the engine's surface.
    files: ['src/xlsx/**/*.ts', 'src/cli/**/*.ts', 'src/taskpane/index.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreSurface] }] },
  },
  // Last, so that no rule above argues with the formatter.
  eslintConfigPrettier,
);
