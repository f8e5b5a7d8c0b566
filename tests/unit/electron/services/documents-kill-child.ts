// Child process for documents-kill.test.ts: opens two documents, then saves them alternately to
// the target path forever (until killed). Prints "ready" once the first save has completed.
// Usage: node documents-kill-child.cjs <target> <a.placard> <b.placard>
import { openDocument, saveDocument } from '../../../../electron/services/documents';

const [target, aPath, bPath] = process.argv.slice(2) as [string, string, string];
const versions = [await openDocument(aPath), await openDocument(bPath)];
let i = 0;
for (;;) {
  const doc = versions[i++ % 2]!;
  await saveDocument(target, doc.design, doc.assets, doc.fonts);
  if (i === 1) process.stdout.write('ready\n');
}
