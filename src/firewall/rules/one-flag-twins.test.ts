import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { setGateModelEnabled } from '../learned/gate-score.js';

// Calls that differ from a must-gate twin by one thing (a plan vs an apply, a query vs a mutation,
// a listing vs a read, staging vs production). The learned gate layer is off: these check the rules.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const gated = (tool: string, args: Record<string, unknown>) => assess({ tool, args }).decision !== 'allow';
const shell = (command: string) => gated('Bash', { command });

test('a teardown planned or previewed runs; a teardown applied asks', () => {
  for (const c of ['terraform plan -destroy -out=down.tfplan', 'tofu plan -destroy -target=module.db', 'terragrunt run-all plan -destroy', 'pulumi destroy --preview-only --stack shop/prod', 'terraform -chdir=stacks/prod plan -destroy']) {
    assert.equal(shell(c), false, c);
  }
  for (const c of ['terraform apply -destroy -auto-approve', 'tofu destroy -target=module.db -auto-approve', 'terragrunt run-all destroy', 'pulumi destroy --yes --stack shop/prod', 'terraform -chdir=stacks/prod destroy']) {
    assert.equal(shell(c), true, c);
  }
});

test('a GraphQL document in a request body is judged as the query or mutation it is', () => {
  const body = (query: unknown) => ({ method: 'POST', path: '/graphql', body: query });
  assert.equal(gated('call_api', body({ query: 'query { team(id: "A") { issues(first: 5) { nodes { title } } } }' })), false);
  assert.equal(gated('http_request', body(JSON.stringify({ query: '{ viewer { login } }' }))), false);
  assert.equal(gated('call_api', body({ query: 'mutation { teamDelete(id: "A") { success } }' })), true);
  assert.equal(gated('http_request', body(JSON.stringify({ query: 'mutation { deleteProject(id: 4) { id } }' }))), true);
});

test("a secrets folder's names are listed without asking; its keys are read only with approval", () => {
  assert.equal(gated('list_directory', { path: '/home/ops/.ssh' }), false);
  assert.equal(gated('list_directory_with_sizes', { path: '/home/jo/.config/gcloud' }), false);
  assert.equal(gated('LS', { path: '/home/dev/.aws' }), false);
  assert.equal(gated('Glob', { pattern: '*', path: '/home/dev/.ssh' }), false);
  assert.equal(gated('read_file', { path: '/home/ops/.ssh/id_ed25519' }), true);
  assert.equal(gated('Read', { file_path: '/home/dev/.aws/credentials' }), true);
});

test('pods bounced by their app label outside production run; in production, or volumes, they ask', () => {
  assert.equal(shell('kubectl --context shop-staging delete pods -l app=ticketing'), false);
  assert.equal(shell('kubectl -n qa delete po --selector=app=renderer'), false);
  assert.equal(shell('kubectl --context shop-prod delete pods -l app=ticketing'), true);
  assert.equal(shell('kubectl -n staging delete pvc -l app=cache'), true);
  assert.equal(shell('kubectl --context shop-staging delete pods --all'), true);
  assert.equal(shell('kubectl delete pods -l app=ticketing'), true);
});
