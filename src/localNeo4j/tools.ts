import { spawn } from 'node:child_process';
import { ManagedDbError } from './errors';

export interface ToolResult {
  code: number;
  output: string;
}

/** Runs an external tool (mvn, java) to completion, collecting stdout and stderr together. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') return reject(err);
      const missing = command === 'mvn' ? 'MAVEN_MISSING' : 'JAVA_MISSING';
      const need = command === 'mvn' ? 'Apache Maven 3.8+' : 'a Java 17 or 21 runtime';
      reject(
        new ManagedDbError(
          missing,
          `'${command}' was not found on PATH; the managed Neo4j needs ${need} (or set NEO4J_URI to use an existing Neo4j)`,
        ),
      );
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The java binary: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java';
}

/** Neo4j 5.26 runs on Java 17 and 21; anything else is refused up front rather than failing obscurely. */
export async function checkJava(java: string): Promise<number> {
  const { output } = await runTool(java, ['-version']);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (major !== 17 && major !== 21) {
    throw new ManagedDbError(
      'JAVA_MISSING',
      `Neo4j 5.26 needs Java 17 or 21, but '${java} -version' reports: ${output.split('\n')[0] ?? output}. Set JAVA_HOME to a JDK 17/21.`,
    );
  }
  return major;
}
