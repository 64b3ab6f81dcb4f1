/** The `riskbook` command line: commands, options, help, and the exit code of each outcome. */
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check';
import type { CommandContext } from './commands/common';
import { PAPERS } from './commands/common';
import { personLocale } from './io/locale';
import { runGenerate } from './commands/generate';
import { runInit } from './commands/init';
import { runMap } from './commands/map';
import { runMigrateSoa } from './commands/migrate-soa';
import { runMoveRegisterIds } from './commands/move-register-ids';
import { runNewCycle } from './commands/new-cycle';
import { runPack } from './commands/pack';
import type { GenerateAction } from './engine';
import { VERSION } from './engine';
import type { ExitCode } from './errors';
import { CliError, EXIT } from './errors';
import { DEFAULT_PER_CODE } from './output/findings-report';

const EXIT_HELP = `
Exit codes:
  0  no error finding
  1  at least one error finding
  2  the input cannot be used (missing, not a workbook, damaged, encrypted, empty, no
     register) or the command line is wrong; one line on stderr says why`;

const NOW_HELP = 'act as of this ISO date or date-time (default: now), for reproducible runs';

const GENERATED: readonly { action: GenerateAction; summary: string; detail: string }[] = [
  {
    action: 'recalc',
    summary: 'refresh the register\'s live score and level formulas',
    detail: 'refresh the register: live score and level formulas, and the sheets Riskbook keeps beside it',
  },
  { action: 'soa', summary: 'build or refresh the Statement of Applicability', detail: 'build or refresh the Statement of Applicability sheet' },
  { action: 'rtp', summary: 'build or refresh the Risk Treatment Plan', detail: 'build or refresh the Risk Treatment Plan sheet' },
  { action: 'heatmap', summary: 'build or refresh the Heatmap', detail: 'build or refresh the Heatmap sheet' },
];

/**
 * The options of a command that recalculates and writes the workbook (`recalc`, `soa`, `rtp`,
 * `heatmap`, `new-cycle`): where the result goes, which sheet is the register, the paper, the report.
 */
function recalculating(command: Command): Command {
  return command
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--out <file>', 'write the result to this new .xlsx file; the input is left as it is')
    .option('--in-place', 'replace the input with the result (written to a temporary file, then renamed)')
    .option('--force', 'with --in-place: go ahead even though the copy loses charts, pivot tables or macros')
    .option('--sheet <name>', 'the sheet that holds the register (default: found by its header row)')
    .addOption(paperOption())
    .option('--json', 'print one JSON object on stdout instead of the readable summary')
    .option('--all', `list every finding (by default ${DEFAULT_PER_CODE} of each kind, then a count)`)
    .option('--now <iso>', NOW_HELP)
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', EXIT_HELP);
}

function paperOption(): Option {
  return new Option('--paper <size>', "print the sheets Riskbook lays out on A4 or Letter (default: the register's paper, else your locale's)").choices(PAPERS);
}

export function makeProgram(ctx: CommandContext, done: (code: ExitCode) => void, env: NodeJS.ProcessEnv = {}): Command {
  // The commands that lay out sheets know where the person is, for the paper (io/locale.ts).
  const locale = ctx.locale ?? personLocale(env);
  const located: CommandContext = locale !== undefined ? { ...ctx, locale } : ctx;
  const program = new Command('riskbook')
    .description('Turn a security team\'s risk spreadsheet into an audit-ready ISO/IEC 27001:2022 risk register.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.console.out(s),
      writeErr: (s) => ctx.console.err(s),
      // Commander's messages can span lines ("Did you mean…?"); keep them to one.
      outputError: (s, write) => write(`riskbook: ${s.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (see riskbook --help)\n`),
    })
    .addHelpText('after', EXIT_HELP);

  program
    .command('check')
    .description('report every finding in a workbook; changes nothing')
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--sheet <name>', 'the sheet that holds the register (default: found by its header row)')
    .option('--json', 'print one JSON object on stdout instead of the readable report')
    .option('--all', `list every finding (by default ${DEFAULT_PER_CODE} of each kind, then a count)`)
    .option('--now <iso>', NOW_HELP)
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string, opts) => done(await runCheck(file, opts, ctx)));

  for (const { action, summary, detail } of GENERATED) {
    recalculating(
      program
        .command(action)
        .summary(summary)
        .description(`${detail}. Writes a new file (--out) or updates the input (--in-place).`),
    ).action(async (file: string, opts) => done(await runGenerate(action, file, opts, located)));
  }

  recalculating(
    program
      .command('new-cycle')
      .summary('start a new assessment cycle: the register as it stands becomes the baseline, then recalculate')
      .description(
        'start a new assessment cycle (year on year): the register as it stands becomes the baseline its risks are marked New, ' +
          'Modified or Unchanged against from then on, in a "Change since last cycle" column Riskbook keeps before its rating keys; ' +
          'the Dashboard counts them and names the risks closed since, and the Change log says how the last cycle ended. ' +
          'Writes a new file (--out) or updates the input (--in-place).',
      ),
  ).action(async (file: string, opts) => done(await runNewCycle(file, opts, located)));

  program
    .command('pack')
    .summary('print the audit pack: cover, contents, method, register, RTP, SoA, heatmap and checks as one PDF')
    .description('recalculate the workbook in memory (the file is left as it is) and print the audit pack to one PDF with LibreOffice, every page numbered')
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--out <file>', 'the PDF to write')
    .option('--workbook <file>', 'also write the workbook the pack was printed from (.xlsx), to send with the PDF or print from Excel')
    .option('--sheet <name>', 'the sheet that holds the register (default: found by its header row)')
    .addOption(paperOption())
    .option('--now <iso>', NOW_HELP)
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string, opts) => done(await runPack(file, opts, located)));

  program
    .command('init')
    .description('create a new, empty risk register workbook')
    .argument('<out>', 'the new workbook (.xlsx)')
    .addOption(new Option('--preset <size>', 'the risk method to start from').choices(['5x5', '4x4', '3x3']).default('5x5'))
    .option('--force', 'replace the file if it exists')
    .addOption(paperOption())
    .option('--json', 'print one JSON object on stdout')
    .option('--now <iso>', NOW_HELP)
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', '\nExit codes:\n  0  the workbook was created\n  2  it was not (the file exists, the path is wrong…); one line on stderr says why')
    .action(async (out: string, opts) => done(await runInit(out, opts, located)));

  program
    .command('map')
    .summary('show how the register\'s columns map to Riskbook\'s fields')
    .description('show which column Riskbook reads as which field, which it leaves alone, and which fields are missing')
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--sheet <name>', 'the sheet that holds the register (default: found by its header row)')
    .option('--json', 'print one JSON object on stdout')
    .option('--now <iso>', NOW_HELP)
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string, opts) => done(await runMap(file, opts, ctx)));

  program
    .command('migrate-soa')
    .summary('build Riskbook\'s 2022 SoA from the team\'s SoA (2013 or 2022)')
    .description(
      'build Riskbook\'s Statement of Applicability from the one the team keeps, in the same workbook: a 2013 SoA is carried to the 2022 ' +
        'controls (source ids in a "Carried from (2013)" column; disagreements and new controls are findings), a 2022 SoA is copied. ' +
        'The team\'s sheet is left as it is; the result goes to a new file (--out).',
    )
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--out <file>', 'write the result to this new .xlsx file; the input is left as it is')
    .option('--soa-sheet <name>', 'the sheet that holds the team\'s SoA (default: found by its headers and control ids)')
    .option('--sheet <name>', 'the sheet that holds the register, if any (default: found by its header row)')
    .addOption(paperOption())
    .option('--json', 'print one JSON object on stdout instead of the readable summary')
    .option('--all', `list every finding (by default ${DEFAULT_PER_CODE} of each kind, then a count)`)
    .option('--now <iso>', NOW_HELP)
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', EXIT_HELP.replace('no\n     register)', 'no\n     SoA)'))
    .action(async (file: string, opts) => done(await runMigrateSoa(file, opts, located)));

  program
    .command('move-register-ids')
    .summary('replace the register\'s 2013 control ids by their 2022 successors')
    .description(
      'replace each ISO/IEC 27001:2013 id in the register\'s Controls cells by its 2022 successors (A.12.6.1 becomes A.8.8), ' +
        'leaving every other character of the cell as typed and the cell\'s old text in its note. Cells that cite no 2013 id are not ' +
        'touched. The result goes to a new file (--out); when no cell cites a 2013 id, no file is written.',
    )
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--out <file>', 'write the result to this new .xlsx file; the input is left as it is')
    .option('--sheet <name>', 'the sheet that holds the register (default: found by its header row)')
    .option('--json', 'print one JSON object on stdout instead of the readable summary')
    .option('--all', `list every finding (by default ${DEFAULT_PER_CODE} of each kind, then a count)`)
    .option('--now <iso>', NOW_HELP)
    .option('--verbose', 'show progress on stderr even when it is not a terminal')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string, opts) => done(await runMoveRegisterIds(file, opts, ctx)));

  return program;
}

/** Runs one command line and returns its exit code; never throws. */
export async function run(argv: readonly string[], ctx: CommandContext, env: NodeJS.ProcessEnv = {}): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  try {
    await makeProgram(ctx, (c) => (code = c), env).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CliError) {
      ctx.console.err(`riskbook: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof CommanderError) {
      // Help and version were asked for; anything else is a usage mistake, already reported.
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.unusable;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    ctx.console.err(
      env.RISKBOOK_DEBUG
        ? `riskbook: unexpected error: ${e.stack ?? e.message}\n`
        : `riskbook: unexpected error: ${e.message.split('\n')[0]} (set RISKBOOK_DEBUG=1 for details)\n`,
    );
    return EXIT.unusable;
  }
}
