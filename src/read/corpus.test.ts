import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectInputs } from './collect-inputs.js';
import { readDocument } from './read-document.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');

test('every report of the shared corpus is read without error, text files byte for byte', { skip: !existsSync(CORPUS) && 'no ../shared/corpus here' }, async () => {
  const { files, problems } = await collectInputs([CORPUS]);
  assert.deepEqual(problems, []);
  assert.ok(files.length > 0);
  const failures: string[] = [];
  for (const file of files) {
    try {
      const doc = await readDocument(file);
      if (doc.messages.some((m) => m.fatal)) failures.push(`${file}: fatal message kept`);
      if (doc.reader === 'text') {
        const raw = (await readFile(file)).toString('utf8').replace(/^\uFEFF/, '');
        if (doc.text !== raw) failures.push(`${file}: text differs from the file's UTF-8`);
      }
    } catch (error) {
      failures.push(String(error));
    }
  }
  assert.deepEqual(failures, []);
});
