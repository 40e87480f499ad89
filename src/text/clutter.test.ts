import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clutterLines } from './clutter.js';

const ids = (text: string): [string, string][] => clutterLines(text).map((c) => [text.slice(c.span.start, c.span.end), c.id]);

test('page furniture of a news page is clutter: menus, section paths, player, dates, captions, credits', () => {
  const text = [
    'Accessibility links', 'Skip to main content', 'World / Africa', 'Share', 'Print',
    'Girls Rescued From Gold Mines',
    '|| 0:00:00', '0:00 / 2:31', 'X',
    'April 2, 2015 9:12 AM',
    'FILE - In this photo, a miner carries a sack. Police say the girls were forced to work.',
    'A rescued girl waits at a shelter. (J. Doe for VOA)',
    'Police said on Monday that 14 girls had been forced to work in the mines.',
  ].join('\n');
  assert.deepEqual(ids(text), [
    ['Accessibility links', 'menu'], ['Skip to main content', 'menu'], ['World / Africa', 'section-path'], ['Share', 'menu'], ['Print', 'menu'],
    ['|| 0:00:00', 'player'], ['0:00 / 2:31', 'player'], ['X', 'menu'],
    ['April 2, 2015 9:12 AM', 'date'],
    ['FILE - In this photo, a miner carries a sack. Police say the girls were forced to work.', 'caption'],
    ['A rescued girl waits at a shelter. (J. Doe for VOA)', 'caption'],
  ]);
});

test('a line printed twice (a caption repeated in the story) is clutter the second time, whatever its spacing', () => {
  const text = 'Ten women were trafficked to Oman, officials say.  Five have returned.\nBody text.\nTen women were trafficked to Oman, officials say. Five have returned.\n';
  const got = clutterLines(text);
  assert.equal(got.length, 1);
  assert.equal(got[0].id, 'repeated');
  assert.ok(got[0].span.start > text.indexOf('Body text.'));
});

test('story sentences and headlines are not clutter', () => {
  assert.deepEqual(ids('Girls Rescued From Gold Mines\nPolice said that 14 girls had been forced to work in the mines.\nSome returned home / others stayed in town.'), []);
});
