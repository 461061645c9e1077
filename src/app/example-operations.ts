import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../db/project-root';

/** Folder of example operations: one .graphql file per question, each answered on the seed data. */
export const EXAMPLES_DIR = join(projectRoot(), 'examples');

/**
 * The IDE's opening tabs: every example operation, in file-name order (files are numbered
 * so that the most telling question comes first).
 */
export function exampleTabs(): Array<{ query: string; variables?: string }> {
  let files: string[];
  try {
    files = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const query = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
    const variablesFile = join(EXAMPLES_DIR, file.replace(/\.graphql$/, '.variables.json'));
    let variables: string | undefined;
    try {
      variables = readFileSync(variablesFile, 'utf8');
    } catch {
      variables = undefined;
    }
    return { query, variables };
  });
}
