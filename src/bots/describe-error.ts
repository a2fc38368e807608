/**
 * What may be logged about a failure: its message and code, never the object itself. Platform
 * errors carry the request they failed on (discord.js `requestBody`, Bolt `data`), and those hold
 * contributors' text and addresses, which must not reach the logs.
 */
export function describeError(error: unknown): { err: string; code?: string | number } {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'non-Error value thrown';
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' || typeof code === 'number' ? { err: message, code } : { err: message };
}
