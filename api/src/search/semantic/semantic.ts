import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import { BUNDLED_DIMENSIONS, BundledEncoder } from './bundled-encoder.js';

/**
 * Which sentence embedder gives search its sense of meaning (EMBEDDER):
 * - bundled: the Universal Sentence Encoder lite, shipped in npm and run in worker threads here.
 *   The indexer hands Meilisearch its vectors (a userProvided embedder).
 * - external: an embedder Meilisearch calls itself (its rest, ollama, openAi or huggingFace sources),
 *   configured by EMBEDDER_SETTINGS, so a deployment can switch to a stronger model without code.
 * - none: lexical search only.
 */
export type EmbedderOptions =
  | { kind: 'none' }
  | { kind: 'bundled'; encoder?: BundledEncoder }
  | { kind: 'external'; settings: Record<string, unknown> & { source: string } };

/** Meilisearch embedder names: a switch between kinds rebuilds the index with the other one. */
export const EMBEDDER_NAMES = { bundled: 'bundled', external: 'external' } as const;
/** The bundled model's id in the vector cache: a new model must not reuse the old one's vectors. */
export const BUNDLED_MODEL = 'use-lite-512';

/** How much of a thread's body joins its title in the thread's vector (measured best on dev). */
const EMBEDDED_BODY_WORDS = 64;
/** A query that cannot be encoded this fast is searched lexically: suggestions must keep up with typing. */
const QUERY_TIMEOUT_MS = 1_000;
const DOCUMENT_TIMEOUT_MS = 120_000;
const CACHED_QUERIES = 2_000;

export interface SemanticQuery {
  hybrid: { embedder: string; semanticRatio: number };
  vector?: number[];
  q?: string;
}

/** A search by meaning that takes longer than this is dropped for words alone (an external embedder may hang). */
export const SEMANTIC_SEARCH_TIMEOUT_MS = 1_000;

export const hashText = (text: string) => crypto.createHash('sha256').update(text).digest();

/**
 * The texts a thread is known by: its question (title and opening words), its title alone (a
 * question typed in the ask form is a title), then its other phrasings. Meilisearch ranks a thread
 * by the nearest of its vectors.
 */
export function embeddingTexts(doc: { title: string; body: string; alsoAskedAs?: string[] }): string[] {
  const opening = doc.body.split(/\s+/).slice(0, EMBEDDED_BODY_WORDS).join(' ');
  return [...new Set([`${doc.title}. ${opening}`.trim(), doc.title, ...(doc.alsoAskedAs ?? [])])];
}

/** The text a question being asked is encoded as, in the same shape as a thread's first text. */
export function questionText(title: string, body: string): string {
  return embeddingTexts({ title, body })[0]!;
}

/** The same text for an external embedder, in Meilisearch's Liquid templates. */
const EXTERNAL_TEMPLATE = `{{doc.title}}. {{doc.body | truncatewords: ${EMBEDDED_BODY_WORDS}}}{% for phrasing in doc.alsoAskedAs %} {{phrasing}}.{% endfor %}`;

/** Stores the bundled model's vectors by text hash (float32 bytes); a text stored already keeps its vector. */
export async function storeVectors(em: EntityManager, rows: Array<{ textHash: Buffer; vector: Buffer }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((r) => [BUNDLED_MODEL, r.textHash, r.vector]);
    await em.getConnection().execute(`insert into embedding (model, text_hash, vector) values ${values.map(() => '(?, ?, ?)').join(', ')} on conflict do nothing`, values.flat());
  }
}

export class Semantic {
  /** Meilisearch's name for the embedder in use; null: lexical only. */
  readonly embedder: string | null;
  readonly encoder: BundledEncoder | null;
  private readonly ownsEncoder: boolean;
  private readonly queryVectors = new Map<string, number[]>();
  private lastFailureLog = 0;

  constructor(
    private readonly options: EmbedderOptions,
    private readonly log: Logger,
  ) {
    this.embedder = options.kind === 'none' ? null : EMBEDDER_NAMES[options.kind];
    this.encoder = options.kind === 'bundled' ? (options.encoder ?? new BundledEncoder()) : null;
    this.ownsEncoder = options.kind === 'bundled' && !options.encoder;
  }

  /** Loads the encoder's query thread now, so the first question typed does not wait for it. */
  warm(): void {
    this.encoder?.warm().catch((err: Error) => this.logFailure(err));
  }

  get bundled(): boolean {
    return this.options.kind === 'bundled';
  }

  /** Meilisearch's embedders setting: the one in use, and null for the others (removes them). */
  embedderSettings(): Record<string, Record<string, unknown> | null> {
    const settings: Record<string, Record<string, unknown> | null> = { [EMBEDDER_NAMES.bundled]: null, [EMBEDDER_NAMES.external]: null };
    if (this.options.kind === 'bundled') settings[EMBEDDER_NAMES.bundled] = { source: 'userProvided', dimensions: BUNDLED_DIMENSIONS };
    if (this.options.kind === 'external') {
      settings[EMBEDDER_NAMES.external] = { documentTemplate: EXTERNAL_TEMPLATE, documentTemplateMaxBytes: 2_000, ...this.options.settings };
    }
    return settings;
  }

  /**
   * The semantic half of a search for `text`; null when there is none to be had now (no embedder,
   * or the encoder is down or busy), and the search is lexical only.
   */
  async query(text: string, semanticRatio: number): Promise<SemanticQuery | null> {
    if (!this.embedder) return null;
    const hybrid = { embedder: this.embedder, semanticRatio };
    if (!this.encoder) return { hybrid, q: text };
    // Lowercased although threads are encoded as written: measured on dev, the query as typed did
    // worse (title recall@5 0.493 -> 0.468), and lowercasing threads too was no better overall.
    const key = text.trim().toLowerCase();
    let vector = this.queryVectors.get(key);
    if (!vector) {
      try {
        [vector] = (await this.encoder.encode([key], 'query', QUERY_TIMEOUT_MS)) as [number[]];
      } catch (err) {
        this.logFailure(err);
        return null;
      }
      // Typing a question asks for the same words again and again: keep the recent ones.
      if (this.queryVectors.size >= CACHED_QUERIES) this.queryVectors.delete(this.queryVectors.keys().next().value!);
      this.queryVectors.set(key, vector);
    }
    return { hybrid, vector };
  }

  private logFailure(err: unknown): void {
    if (Date.now() - this.lastFailureLog < 60_000) return;
    this.lastFailureLog = Date.now();
    this.log.warn({ err: (err as Error).message }, 'the sentence encoder did not answer; searching by words only');
  }

  /**
   * Attaches each document's cached vectors (bundled embedder). Returns the ids of documents with
   * a text not encoded yet: they are searchable by words now and by meaning once encoded.
   */
  async attachVectors<D extends { id: number; title: string; body: string; alsoAskedAs?: string[] }>(
    em: EntityManager,
    documents: D[],
  ): Promise<{ documents: Array<D & { _vectors?: Record<string, number[][] | null> }>; unencoded: number[] }> {
    if (!this.bundled || documents.length === 0) return { documents, unencoded: [] };
    const texts = documents.map((d) => embeddingTexts(d).map((text) => ({ text, hash: hashText(text) })));
    const cached = await this.cachedVectors(em, texts.flat().map((t) => t.hash));
    const unencoded: number[] = [];
    const withVectors = documents.map((doc, i) => {
      const vectors = texts[i]!.map((t) => cached.get(t.hash.toString('hex'))).filter((v): v is number[] => v !== undefined);
      if (vectors.length < texts[i]!.length) unencoded.push(doc.id);
      // Meilisearch wants every document to say it has no vector yet (null) rather than omit it.
      return { ...doc, _vectors: { [EMBEDDER_NAMES.bundled]: vectors.length ? vectors : null } };
    });
    return { documents: withVectors, unencoded };
  }

  private async cachedVectors(em: EntityManager, hashes: Buffer[]): Promise<Map<string, number[]>> {
    if (hashes.length === 0) return new Map();
    const rows = await em.getConnection().execute<Array<{ text_hash: Buffer; vector: Buffer }>>(
      'select text_hash, vector from embedding where model = ? and text_hash in (?)',
      [BUNDLED_MODEL, hashes],
    );
    return new Map(rows.map((r) => [r.text_hash.toString('hex'), Array.from(new Float32Array(r.vector.buffer.slice(r.vector.byteOffset, r.vector.byteOffset + r.vector.byteLength)))]));
  }

  /** Encodes the documents' texts that have no cached vector and stores them. Returns how many were encoded. */
  async encodeMissing(em: EntityManager, documents: Array<{ title: string; body: string; alsoAskedAs?: string[] }>): Promise<number> {
    if (!this.encoder || documents.length === 0) return 0;
    const texts = new Map(documents.flatMap((d) => embeddingTexts(d)).map((text) => [hashText(text).toString('hex'), text]));
    const cached = await this.cachedVectors(em, [...texts.keys()].map((h) => Buffer.from(h, 'hex')));
    const missing = [...texts].filter(([hash]) => !cached.has(hash));
    for (let i = 0; i < missing.length; i += 16) {
      const batch = missing.slice(i, i + 16);
      const vectors = await this.encoder.encode(batch.map(([, text]) => text), 'document', DOCUMENT_TIMEOUT_MS);
      await storeVectors(em, batch.map(([hash], j) => ({ textHash: Buffer.from(hash, 'hex'), vector: Buffer.from(new Float32Array(vectors[j]!).buffer) })));
    }
    return missing.length;
  }

  async close(): Promise<void> {
    if (this.ownsEncoder) await this.encoder?.close();
  }
}
