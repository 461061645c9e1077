// The compiled server (`node dist/src/main.js`, what `npm start` runs; `npm test` builds it
// first) as a child process, for tests of start-up and shutdown.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const COMPILED_MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

export interface CompiledServer {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts it on a free port with `env` added; resolves once it prints its URL. */
export function startCompiledServer(env: NodeJS.ProcessEnv): Promise<CompiledServer> {
  const child = spawn(process.execPath, [COMPILED_MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not become ready:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API and IDE: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
