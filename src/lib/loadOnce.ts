/**
 * Wraps a dynamic import so it runs once however many components ask; a failed load is forgotten so the
 * next call retries (a flaky network should not disable the feature until reload).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
