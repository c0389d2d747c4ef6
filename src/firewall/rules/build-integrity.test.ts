import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeBuildCommand, judgeBuildEdit } from './build-integrity.js';

test('build-integrity: checks off, verification or scanning removed, unpinned, mirrored images ask', () => {
  assert.equal(judgeBuildEdit('.yarnrc.yml', 'enableImmutableInstalls: false\nchecksumBehavior: ignore', 'enableImmutableInstalls: true').length, 1);
  assert.equal(judgeBuildEdit('.github/workflows/b.yml', '', '      - run: cosign sign --yes ghcr.io/x:1').length, 1);
  assert.equal(judgeBuildEdit('.gitlab-ci.yml', 'include:\n  - local: ci/build.yml', 'include:\n  - template: Jobs/SAST.gitlab-ci.yml\n  - local: ci/build.yml').length, 1);
  assert.equal(judgeBuildEdit('.github/workflows/ci.yml', 'uses: actions/checkout@main', 'uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11').length, 1);
  assert.equal(judgeBuildEdit('Dockerfile', 'FROM gcr.dockerproxy.app/library/golang:1.22 AS build', 'FROM golang:1.22 AS build').length, 1);
  assert.equal(judgeBuildCommand('GOSUMDB=off GOFLAGS=-mod=mod go get example.com/x@latest').length, 1);
});

test('build-integrity: bumps, pinning and added verification run', () => {
  assert.equal(judgeBuildEdit('Dockerfile', 'FROM node:20.12.2-alpine', 'FROM node:20.11.1-alpine').length, 0);
  assert.equal(judgeBuildEdit('.github/workflows/ci.yml', 'uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11', 'uses: actions/checkout@v4').length, 0);
  assert.equal(judgeBuildEdit('.github/workflows/b.yml', '      - run: cosign verify --key k ghcr.io/x:1', '').length, 0);
  assert.equal(judgeBuildCommand('go mod verify && pip install -r requirements.txt --require-hashes').length, 0);
});
