import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { fieldLength, termCount, termCounts, terms, useLanguage } from '../../api/src/search/text.js';

describe('configuration that email and search depend on', () => {
  it('refuses SMTP_URL without PUBLIC_URL: links in emails must never come from a request', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.com:587' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.com:587' })).toThrow(/PUBLIC_URL is required with SMTP_URL/);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.com', PUBLIC_URL: 'https://forum.example.com/' })).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example.com',
      publicUrl: 'https://forum.example.com',
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com', PUBLIC_URL: 'https://forum.example.com' })).toThrow(/SMTP_URL: must be a URL starting with smtp: or smtps:/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ DIGEST_HOUR_UTC: '24' })).toThrow(/DIGEST_HOUR_UTC/);
  });

  it('FORUM_LANGUAGE picks a Snowball stemmer, and an unknown language stops the start with the choices', () => {
    expect(loadConfig({}).language).toBe('english');
    expect(loadConfig({ FORUM_LANGUAGE: 'russian' }).language).toBe('russian');
    expect(() => loadConfig({ FORUM_LANGUAGE: 'klingon' })).toThrow(/FORUM_LANGUAGE/);
  });

  it('EMBEDDER: the bundled encoder by default, none, or an external source that needs its settings as JSON', () => {
    expect(loadConfig({}).embedder).toEqual({ kind: 'bundled' });
    expect(loadConfig({ EMBEDDER: 'none' }).embedder).toEqual({ kind: 'none' });
    expect(() => loadConfig({ EMBEDDER: 'rest' })).toThrow(/EMBEDDER_SETTINGS is required with EMBEDDER=rest/);
    expect(() => loadConfig({ EMBEDDER: 'ollama', EMBEDDER_SETTINGS: '{model: bge}' })).toThrow(/EMBEDDER_SETTINGS: must be a JSON object/);
    expect(() => loadConfig({ EMBEDDER: 'ollama', EMBEDDER_SETTINGS: '["x"]' })).toThrow(/EMBEDDER_SETTINGS: must be a JSON object/);
    expect(() => loadConfig({ EMBEDDER: 'word2vec' })).toThrow(/EMBEDDER/);
    // The source is the EMBEDDER chosen, whatever the JSON says.
    expect(loadConfig({ EMBEDDER: 'ollama', EMBEDDER_SETTINGS: '{"model":"bge-m3","url":"http://ollama:11434/api/embed","source":"openAi"}' }).embedder).toEqual({
      kind: 'external',
      settings: { model: 'bge-m3', url: 'http://ollama:11434/api/embed', source: 'ollama' },
    });
  });
});

describe('stemming', () => {
  afterEach(() => useLanguage('english'));

  it('joins the forms of a word in English (Porter2), leaving stop words out', () => {
    expect(terms("The user's backups stopped restoring after installing the updates")).toEqual(['user', 'backup', 'stop', 'restor', 'instal', 'updat']);
    expect(new Set(terms('restore restores restored restoring'))).toEqual(new Set(['restor']));
    expect(new Set(terms('cancel cancelled cancelling cancellation'))).toEqual(new Set(['cancel']));
  });

  it('follows the forum language', () => {
    useLanguage('russian');
    expect(new Set(terms('резервная копия резервные копии'))).toEqual(new Set(['резервн', 'коп']));
    useLanguage('german');
    expect(terms('Sicherungen Sicherung')).toEqual(['sicher', 'sicher']);
    expect(() => useLanguage('klingon')).toThrow(/No stemmer for "klingon"/);
  });

  it('reads back the term counts a search document carries, a term never taken for the end of a longer one', () => {
    const text = 'Wi-Fi drops on 12.04 and 04 fi; fi fi wifi, wifi, 04 updates updated';
    const encoded = termCounts(text);
    const expected = new Map<string, number>();
    for (const t of terms(text)) expected.set(t, (expected.get(t) ?? 0) + 1);
    for (const [term, count] of expected) expect([term, termCount(encoded, term)]).toEqual([term, count]);
    expect(termCount(encoded, '04')).toBe(2);
    expect(termCount(encoded, 'fi')).toBe(3);
    expect(termCount(encoded, 'updat')).toBe(2);
    expect(termCount(encoded, 'drop')).toBe(1);
    expect(termCount(encoded, 'dro')).toBe(0);
    expect(termCount(encoded, 'wi')).toBe(0);
    expect(termCount('', 'fi')).toBe(0);
    expect(fieldLength(encoded)).toBe(terms(text).length);
    expect(fieldLength(undefined)).toBe(0);
  });
});
