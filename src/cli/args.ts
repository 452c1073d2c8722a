// The command line: every option, its parser and its help text (commander).
import { Command, CommanderError, Option } from 'commander';

export interface CliOptions {
  write?: boolean;
  addNoqa?: boolean;
  diff?: boolean;
  unsafeFixes?: boolean;
  exitNonZeroOnFix?: boolean;
  showSkipped?: boolean;
  statistics?: boolean;
  outputFormat: OutputFormat;
  /** Also write the HTML report to this file. */
  report?: string;
  fix?: boolean;
  exitZero?: boolean;
  showFixes?: boolean;
  showFiles?: boolean;
  showSettings?: boolean;
  silent?: boolean;
  select?: string[];
  ignore?: string[];
  jobs?: number;
  exclude: string[];
  respectGitignore?: boolean;
  forceExclude?: boolean;
  targetVersion?: 'py27' | 'py3';
  fixStyle?: 'try' | 'suppress';
  config?: string;
  stdinFilename?: string;
  quiet?: boolean;
  verbose?: boolean;
  explain?: string;
  reportUnusedSuppressions?: boolean;
  maxFileSize?: number;
  prefilter?: boolean;
  timings?: boolean;
  /** false with --no-cache. */
  cache?: boolean;
  cacheDir?: string;
}

export const OUTPUT_FORMATS = ['text', 'concise', 'grouped', 'json', 'json-lines', 'junit', 'gitlab', 'sarif', 'github', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const codes = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((c) => c.trim()).filter(Boolean)];
/** Larger files are refused unless --max-file-size says otherwise: parse time and memory grow with size. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const wholeNumber = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(2, 'pysockfix.usage', `error: ${name} takes a whole number >= 0, not '${v}'`);
  return n;
};
const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CommanderError(2, 'pysockfix.usage', `error: ${name} takes a whole number >= 1, not '${v}'`);
  return n;
};

export function buildProgram(version: string): Command {
  return new Command()
    .name('pysockfix')
    .description(
      'Find Python socket close() calls that lack shutdown(), and rewrite them to a guarded shutdown followed by the close.\n' +
        'Directories are walked for *.py files (.pyi stubs hold no code and are not checked); .gitignore files are honoured.',
    )
    .version(version, '-V, --version')
    .argument('[paths...]', 'files or directories to check; `-` reads stdin', ['.'])
    .option('--write', 'apply fixes in place (safe ones; unsafe ones too with --unsafe-fixes)')
    .option('--fix', 'the same as --write (ruff\'s name)')
    .option('--diff', 'print a unified diff of what --write would change, and write nothing')
    .option('--unsafe-fixes', 'also apply fixes that the analysis cannot prove safe')
    .option('--add-noqa', 'add `# noqa: CODE` to the line of every finding instead of fixing it (for adopting the check)')
    .option('--exit-non-zero-on-fix', 'with --write, exit 1 when any file was changed')
    .option('--exit-zero', 'exit 0 even when findings remain (errors still exit 2)')
    .option('--show-fixes', 'with --write, list the fixes applied, per file and rule')
    .option('--show-files', 'print the files that would be checked, and exit')
    .option('--show-settings', 'print the settings each path is checked with, and exit')
    .option('--show-skipped', 'also list the sites skipped on purpose, with the reason')
    .option('--statistics', 'print counts per rule and outcome instead of each finding')
    .addOption(new Option('--output-format <format>', 'output format (html: a self-contained page to review the run in a browser)').choices([...OUTPUT_FORMATS]).default('text'))
    .option('--report <file>', 'also write the HTML report of this run to <file>, beside any output format (one --write run both fixes and reports)')
    .option('--select <codes>', 'rule codes or prefixes to enable (comma-separated, repeatable)', codes)
    .option('--ignore <codes>', 'rule codes or prefixes to disable (comma-separated, repeatable)', codes)
    .option('--jobs <n>', 'worker threads (default: the number of cores; 1 runs in the main thread)', positiveInt('--jobs'))
    .option('--exclude <glob>', 'exclude files and directories matching a gitignore-style glob (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .option('--no-respect-gitignore', 'check files that .gitignore excludes')
    .option('--force-exclude', 'apply excludes to files named on the command line too (for pre-commit)')
    .addOption(new Option('--fix-style <style>', 'how SOCK001 guards the shutdown: try/except, or `with contextlib.suppress(OSError):` in Python 3 files').choices(['try', 'suppress']))
    .addOption(new Option('--target-version <version>', 'Python version the fix targets (default: detected per file)').choices(['py27', 'py3']))
    .option('--config <file>', 'read [tool.pysockfix] from this pyproject.toml instead of the nearest one')
    .option('--stdin-filename <name>', 'the name of the file read from stdin, for messages and config')
    .option('--report-unused-suppressions', 'report noqa / pysockfix: ignore comments that suppress nothing')
    .option('--no-cache', 'read and write no cache (also PYSOCKFIX_NO_CACHE=1)')
    .option('--cache-dir <dir>', 'where the cache lives (default: .pysockfix_cache beside the pyproject.toml that configures the run, else in the working directory; also PYSOCKFIX_CACHE_DIR)')
    .option('--max-file-size <bytes>', `fail files larger than this instead of reading them (default ${DEFAULT_MAX_FILE_SIZE}, 10 MiB; 0: no limit)`, wholeNumber('--max-file-size'), DEFAULT_MAX_FILE_SIZE)
    .option('-q, --quiet', 'print the diagnostics only: no summary, no progress (as ruff)')
    .option('-s, --silent', 'print nothing; the exit code still tells (as ruff)')
    .option('-v, --verbose', 'print each file as it is checked, and timings')
    .option('--explain <code>', 'print the documentation of a rule and exit')
    .addOption(new Option('--no-prefilter', 'parse every file, even ones that cannot hold a finding').hideHelp())
    .addOption(new Option('--timings', 'print where the time went, per phase, as JSON on stderr (for the benchmark)').hideHelp())
    .showHelpAfterError('(run pysockfix --help for usage)');
}
