import { test } from 'node:test';
import assert from 'node:assert/strict';
import { misspelledPackage } from './typosquats.js';

test('a name one letter from a well-known package is a typosquat', () => {
  assert.equal(misspelledPackage('pip', 'reqeusts'), 'requests');
  assert.equal(misspelledPackage('pip', 'colourama'), 'colorama');
  assert.equal(misspelledPackage('pip3', 'python-dateutils'), 'python-dateutil');
  assert.equal(misspelledPackage('pip', 'reqeusts==2.32.4'), 'requests');
  assert.equal(misspelledPackage('npm', 'axois@latest'), 'axios');
  assert.equal(misspelledPackage('yarn', 'loadsh'), 'lodash');
});

test('well-known names, their real neighbours, short names and other registries pass', () => {
  assert.equal(misspelledPackage('pip', 'requests'), null);
  assert.equal(misspelledPackage('pip', 'Python_Dateutil'), null);
  assert.equal(misspelledPackage('npm', 'request'), null);
  assert.equal(misspelledPackage('npm', 'preact'), null);
  assert.equal(misspelledPackage('pip', 'boto'), null);
  assert.equal(misspelledPackage('npm', '@babel/core'), null);
  assert.equal(misspelledPackage('cargo', 'reqeusts'), null);
  assert.equal(misspelledPackage('pip', 'rich'), null);
});
