export class DocumentTimeoutError extends Error {
  readonly code = 'DOCUMENT_TIMEOUT';
  constructor(ms: number) {
    super(`took longer than ${ms} ms`);
    this.name = 'DocumentTimeoutError';
  }
}

/** Races a promise against a timer; the work itself cannot be cancelled, only no longer waited for. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocumentTimeoutError(ms)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
