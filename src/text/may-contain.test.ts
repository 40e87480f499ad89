import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayContain } from './may-contain.js';

test('mayContain finds a stem in lower case, after a capital, or in capitals, and nothing else', () => {
  assert.ok(mayContain('victims exploited domestically', ['ally']));
  assert.ok(mayContain('Within the Country', ['ountry']));
  assert.ok(mayContain('EXPLOITED INTERNALLY', ['ally']));
  assert.ok(!mayContain('victims exploited in mines', ['ally', 'ountry']));
});
