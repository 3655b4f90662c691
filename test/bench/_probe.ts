import { BundledEncoder } from '../../api/src/search/semantic/bundled-encoder.js';
const e = new BundledEncoder();
const docs = ['Android app drains battery. Since the last update the Harbor app on my Android phone uses a lot of power in the background',
 'How long are deleted files kept? I removed a folder by mistake last month, can I still get it back',
 'Restore is much slower than backup. Getting my files back takes days while uploading took hours',
 'What happens to my backups if I cancel my plan? I want to stop my subscription but keep my data',
 'Sync conflict files keep appearing. Files named conflicted copy show up in my folders',
 'Is my data encrypted before it leaves my computer? I want to know whether the files are protected in transit'];
const queries = ['Mobile application kills the charge overnight', 'Will my saved stuff vanish once I quit paying?', 'Retrieving an old copy of a document I threw away'];
const dv = await e.encode(docs, 'document', 60000);
const qv = await e.encode(queries, 'query', 60000);
for (let i = 0; i < queries.length; i++) console.log(queries[i], dv.map((d) => d.reduce((s, x, j) => s + x * qv[i]![j]!, 0).toFixed(2)).join(' '));
await e.close();
