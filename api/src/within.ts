/**
 * The promise, or a rejection with `message` once `ms` have passed: for a dependency that may hang
 * rather than fail. The timer never keeps the process alive on its own.
 */
export function within<T>(promise: Promise<T>, ms: number, message = `no answer within ${ms} ms`): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}
