#!/usr/bin/env node
// The package's command line: `npx mhm-elements <command> [options]`.
// Each command is one module in cli/ exporting `summary` (one line for the help) and
// `run(argv)`; it throws UsageError for bad arguments (one line on stderr, exit code 2).
import { commands, UsageError } from '../cli/commands.mjs';

const [name, ...argv] = process.argv.slice(2);

function help() {
  const lines = Object.entries(commands).map(([command, { summary }]) => `  ${command.padEnd(10)} ${summary}`);
  return `Usage: mhm-elements <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nmhm-elements <command> --help shows a command's options.`;
}

if (!name || name === '--help' || name === '-h' || name === 'help') {
  console.log(help());
  process.exit(name ? 0 : 2);
}

const command = commands[name];
if (!command) {
  console.error(`mhm-elements: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}

try {
  const module = await command.load();
  await module.run(argv);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`mhm-elements ${name}: ${error.message}`);
    process.exit(2);
  }
  console.error(`mhm-elements ${name}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
