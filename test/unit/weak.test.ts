import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allOneCharacter, isDigitRun, isWeakProgrammingPassword } from '../../server/src/core/weak';

test('runs are digit sequences going up or down by one', () => {
  for (const s of ['12345678', '8765', '01', '9876543210']) assert.equal(isDigitRun(s), true, s);
  for (const s of ['1', '1357', '1234*678', '12321', '']) assert.equal(isDigitRun(s), false, s);
});

test('all one character', () => {
  assert.equal(allOneCharacter('0000'), true);
  assert.equal(allOneCharacter('####'), true);
  assert.equal(allOneCharacter('0001'), false);
  assert.equal(allOneCharacter(''), false);
});

test('programming passwords: short, one character or a run is weak', () => {
  for (const s of ['2580', '11111111', '87654321', '']) assert.equal(isWeakProgrammingPassword(s), true, s);
  for (const s of ['7*4#9*1#', '48213#90']) assert.equal(isWeakProgrammingPassword(s), false, s);
});
