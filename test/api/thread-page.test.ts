import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACCEPT, answer, ask } from '../support/forum.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const ldJson = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);

it('serves a thread as HTML with its answers and schema.org QAPage data, solution first', async () => {
  const asker = await t.user();
  const topic = await ask(t, asker.client, { title: 'Restore is slow over Wi-Fi', body: 'A **300 GB** restore estimates four days.' });
  await answer((await t.user()).client, topic.id, 'Plug in a cable.');
  const accepted = await answer((await t.user('expert')).client, topic.id, 'Raise *Restore threads* to 16.');
  await asker.client.ok(ACCEPT, { input: { answerId: accepted } });

  const response = await fetch(`${t.url}/t/${topic.id}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('<title>Restore is slow over Wi-Fi — Commons</title>');
  expect(html).toContain('<strong>300 GB</strong>');
  const article = html.slice(html.indexOf('id="prerendered"'));
  expect(article.indexOf('Raise <em>Restore threads</em> to 16.')).toBeLessThan(article.indexOf('Plug in a cable.'));
  expect(html).toContain(`<link rel="canonical" href="${t.url}/t/${topic.id}" />`);
  const data = ldJson(html);
  expect(data).toMatchObject({
    '@type': 'QAPage',
    mainEntity: { '@type': 'Question', name: 'Restore is slow over Wi-Fi', answerCount: 2, acceptedAnswer: { '@type': 'Answer', text: 'Raise Restore threads to 16.' } },
  });
  expect(data.mainEntity.suggestedAnswer).toHaveLength(1);
});

it('escapes what users wrote, and answers 404 for a thread that does not exist', async () => {
  const title = 'Tag </script><script>alert(1)</script> <b>bold</b>';
  const topic = await ask(t, (await t.user()).client, { title, body: 'Body </script><img src=x onerror=alert(1)> here, long enough.' });
  const html = await (await fetch(`${t.url}/t/${topic.id}`)).text();
  expect(html).not.toContain('<script>alert(1)');
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('<b>bold</b>');
  expect(ldJson(html).mainEntity.name).toBe(title);

  const missing = await fetch(`${t.url}/t/${Buffer.from('Topic:999999').toString('base64url')}`);
  expect(missing.status).toBe(404);
  expect((await fetch(`${t.url}/t/not-an-id`)).status).toBe(404);
});
