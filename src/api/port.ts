import { nextFreePort, PortInUseError, takenBy } from '../host/ports';

/**
 * The message for a GraphQL port someone else holds: most often Plan Graph itself, started twice,
 * so it says where that one answers and how to serve a second one beside it.
 */
export async function apiPortTaken(port: number, host: string): Promise<PortInUseError> {
  const free = await nextFreePort(port, host);
  const other = free ?? port + 1;
  const taken = takenBy(port, `where GraphQL is served, on ${host}`);
  const running =
    taken.kind === 'plangraph' ? ` Plan Graph is already running: it serves http://${host}:${port}/graphql.` : '';
  const freeNow = free === null ? '' : ` (${other} is free now)`;
  return new PortInUseError(
    port,
    `${taken.text}.${running} To serve on another port: PORT=${other} npm start, or plangraph serve --port ${other}${freeNow}`,
  );
}
