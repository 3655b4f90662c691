import { RecordSignalMutation } from '../graphql/documents.js';
import type { RecordSignalInput } from '../graphql/generated/graphql.js';
import { request } from './api.js';

/**
 * Tells the server what the visitor did, for the deflection figures. Never in the way: failures
 * are dropped, and nothing waits for it.
 */
export function sendSignal(input: RecordSignalInput): void {
  void request(RecordSignalMutation, { input }).catch(() => undefined);
}
