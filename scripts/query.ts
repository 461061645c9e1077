// Analysts' command line: `npm run -s query -- <file.graphql | name> [--var k=v] [--format table|csv|json]`.
// See src/cli/args.ts (USAGE) and the README's "Asking questions from the command line".
import { runQueryCli } from '../src/cli/main';

runQueryCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
