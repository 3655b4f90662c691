/**
 * The benchmark's mail server in a process of its own (a real SMTP server: smtp-server, parsing
 * each message), so receiving costs the API process nothing. Tells its parent its port, then the
 * running count of accepted messages.
 */
import { MailCatcher } from '../../api/src/mail/catcher.js';

const catcher = new MailCatcher(100);
await catcher.listen();
process.send!({ port: catcher.port });
let reported = 0;
setInterval(() => {
  if (catcher.total !== reported) process.send!({ total: (reported = catcher.total) });
}, 2);
process.on('disconnect', () => void catcher.close().then(() => process.exit(0)));
