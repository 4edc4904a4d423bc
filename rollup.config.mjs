import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Terser settings shared by every build: the core has a 6 KB gzip budget (package.json).
const terserWith = (asciiOnly) =>
  terser({
    ecma: 2020,
    module: true,
    toplevel: true,
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
    format: { comments: false, ascii_only: asciiOnly },
  });

/**
 * Minifies each chunk. Its text stays ASCII (other characters as \u escapes): V8 keeps a script
 * holding any other character at two bytes a character, so one "…" in a message doubled the
 * memory its chunk's text takes (outside the JS heap: bench:heap; checked in
 * test/unit/size.test.ts). A locale's strings stay as they are: escaping its letters would take
 * as much memory and more bytes on the wire.
 */
const minify = () => {
  const ascii = terserWith(true);
  const native = terserWith(false);
  return {
    name: 'minify',
    renderChunk: (code, chunk, output) => (chunk.name.startsWith('locale-') ? native : ascii).renderChunk(code, chunk, output),
  };
};

const plugins = () => [
  nodeResolve(),
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { declaration: false, noEmit: false },
    include: ['src/**/*.ts', 'widgets/**/*.ts', 'widgets/**/*.tsx'],
  }),
  minify(),
];

/** The script tag's lazy chunks: one per file in src/chunks/ (`Chunks` in src/api.ts types them, esm.ts imports them). */
const CHUNKS = Object.fromEntries(readdirSync('src/chunks').map((file) => [file.replace(/\.ts$/, ''), `src/chunks/${file}`]));

export default [
  // The script-tag build: one classic script, no module loader needed on the page.
  {
    input: 'src/script-tag.ts',
    output: { file: 'dist/microjourney.js', format: 'iife', sourcemap: true },
    plugins: plugins(),
  },
  // Chunks the script-tag build loads with import(), resolved against its own URL. Each is
  // built alone, so each is one file: one request, whatever the others share.
  ...Object.entries(CHUNKS).map(([name, input]) => ({
    input,
    output: { file: `dist/${name}.js`, format: 'es', sourcemap: true },
    plugins: plugins(),
  })),
  // The widgets: one chunk per type in dist/widgets/, Preact in a chunk they share. Loaded by
  // show() (dist/show.js) from beside the script, never at startup.
  {
    input: { nps: 'widgets/nps.tsx', csat: 'widgets/csat.tsx', exit: 'widgets/exit-survey.tsx' },
    output: {
      dir: 'dist/widgets',
      format: 'es',
      sourcemap: true,
      // Stable names: the size budgets name them. Preact and the shell are one shared chunk; each locale its own.
      chunkFileNames: '[name].js',
      manualChunks: (id) =>
        id.includes('/widgets/shell/locales/')
          ? `locale-${id.match(/(\w+)\.ts$/)[1]}`
          : id.includes('node_modules/preact') || id.includes('/widgets/shell/')
            ? 'shared'
            : undefined,
    },
    plugins: plugins(),
  },
  // The ESM build for bundlers: `import { init } from 'microjourney'`.
  {
    input: { index: 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      // The shared chunk holding the core is esm/index-*.js, whichever lazy entry (validator.ts,
      // which index.ts also exports) Rollup would otherwise name it after; code that only lazy
      // chunks share (the rules' and the widget rules' helpers) is esm/shared-*.js, not named
      // after whichever helper Rollup picks.
      chunkFileNames: (chunk) =>
        chunk.moduleIds.some((id) => id.endsWith('/src/esm.ts'))
          ? 'esm/index-[hash].js'
          : chunk.isDynamicEntry
            ? 'esm/[name]-[hash].js'
            : 'esm/shared-[hash].js',
    },
    plugins: plugins(),
  },
  // The collector's report page (collector/report/app): one ES module and one stylesheet in
  // dist/report/, served at /report/assets/. The stylesheets main.tsx imports are collected, in
  // import order, into report.css: the page's CSP allows no inline style.
  {
    input: 'collector/report/app/main.tsx',
    output: { file: 'dist/report/report.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve(),
      typescript({
        tsconfig: './collector/report/app/tsconfig.json',
        compilerOptions: { declaration: false, noEmit: false },
        include: ['collector/report/app/**/*.ts', 'collector/report/app/**/*.tsx', 'collector/report/api-types.ts'],
      }),
      (() => {
        const sheets = new Map();
        return {
          name: 'report-stylesheet',
          buildStart: () => sheets.clear(),
          transform(code, id) {
            if (!id.endsWith('.css')) return null;
            sheets.set(id, code);
            return { code: '', map: null };
          },
          generateBundle() {
            this.emitFile({ type: 'asset', fileName: 'report.css', source: [...sheets.values()].join('\n') });
          },
        };
      })(),
      minify(),
    ],
  },
];
