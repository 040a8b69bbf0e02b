import { ESLint, type Linter, type Rule } from 'eslint';
import ts from 'typescript';

/**
 * `npm run lint` and `npm run typecheck` in one process, for `npm test`: eslint's typed rules build
 * the whole program of `tsconfig.json` (typescript-eslint's project service), and `tsc --noEmit`
 * built the same program again in a process of its own. Here the lint runs as `eslint --max-warnings
 * 0 .` does, then the program it built is checked as tsc checks it (the same diagnostics, from its
 * type checker, already warm from the typed rules). The program is used only when it is the one tsc
 * would build (the same root files, the same compiler options); else a program is built as tsc
 * builds it. `npm run lint` and `npm run typecheck` are unchanged. docs/test-suite-time.md, tenth pass.
 */

const CONFIG = 'tsconfig.json';
/** Set by TypeScript's language service for every project it opens; no diagnostic of a .ts file depends on them. */
const SERVICE_OPTIONS = new Set(['allowNonTsExtensions', 'noEmitForJsFiles', 'configFilePath', 'pathsBasePath']);

/** The tsconfig a program was built from, as a full path ('' when none). */
function configOf(program: ts.Program): string {
  const path = program.getCompilerOptions().configFilePath;
  return typeof path === 'string' ? ts.sys.resolvePath(path) : '';
}

/** The last program the typed rules used, per tsconfig (the project service may replace it as files open). */
const programs = new Map<string, ts.Program>();
const share: Rule.RuleModule = {
  create(context) {
    const program = (context.sourceCode.parserServices as { program?: ts.Program | null } | undefined)?.program;
    if (program) programs.set(configOf(program), program);
    return {};
  },
};

function optionsDiffer(a: ts.CompilerOptions, b: ts.CompilerOptions): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => !SERVICE_OPTIONS.has(key)));
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** The program tsc --noEmit checks: the lint's when it is the same, else one built here. */
function programToCheck(): { program: ts.Program; shared: boolean; why: string } {
  const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`${CONFIG} could not be read`);
  const own = (): ts.Program => ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, ...(parsed.projectReferences ? { projectReferences: parsed.projectReferences } : {}), configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed) });
  const linted = programs.get(ts.sys.resolvePath(CONFIG));
  if (!linted) return { program: own(), shared: false, why: `no typed rule used ${CONFIG}'s program` };
  const roots = new Set(linted.getRootFileNames().map((file) => ts.sys.resolvePath(file)));
  const missing = parsed.fileNames.filter((file) => !roots.has(ts.sys.resolvePath(file)));
  const differ = optionsDiffer(linted.getCompilerOptions(), parsed.options);
  if (missing.length > 0 || roots.size !== parsed.fileNames.length || differ.length > 0) {
    return { program: own(), shared: false, why: `the lint's program differs from tsc's (${String(missing.length)} files missing, ${String(roots.size)} roots against ${String(parsed.fileNames.length)}, options ${differ.join(', ') || 'same'})` };
  }
  return { program: linted, shared: true, why: '' };
}

const started = performance.now();
const overrideConfig: Linter.Config = { plugins: { share: { rules: { program: share } } }, rules: { 'share/program': 'error' } };
const eslint = new ESLint({ overrideConfig });
// Files or folders to lint may be named (the typecheck is always the whole program's); by default all, as `npm run lint`.
const results = await eslint.lintFiles(process.argv.length > 2 ? process.argv.slice(2) : ['.']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));
const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
const linted = performance.now();

const { program, shared, why } = programToCheck();
const diagnostics = ts.getPreEmitDiagnostics(program);
const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (file) => file, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' };
if (diagnostics.length > 0) process.stdout.write(process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext(diagnostics, host) : ts.formatDiagnostics(diagnostics, host));
const seconds = (from: number, to: number): string => ((to - from) / 1000).toFixed(0);
console.log(
  `lint: ${String(problems)} problems in ${seconds(started, linted)} s; typecheck: ${String(diagnostics.length)} errors in ${seconds(linted, performance.now())} s, ` +
    (shared ? "on the lint's program" : `on a program of its own: ${why}`),
);
process.exit(problems > 0 || diagnostics.length > 0 ? 1 : 0);
