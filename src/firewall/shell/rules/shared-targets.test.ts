import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// Infrastructure named without the word "prod" (a cluster, an app, a minion set, a tap): a change
// asks unless the target is named disposable or the command only reads, plans or dry-runs.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

function check(family: string, cases: Array<[command: string, gated: boolean]>, tool = 'Bash', key = 'command'): void {
  for (const [command, gated] of cases) {
    const a = assess({ tool, args: { [key]: command } });
    assert.equal(a.decision !== 'allow', gated, `${family}: ${command} -> ${a.decision}: ${a.reasons.join(' | ')}`);
  }
}

test('schedulers and GitOps: Nomad, Argo CD, Flux', () => {
  check('orchestrators', [
    ['nomad job stop -address=https://nomad.ams2.example.net:4646 label-printer', true], ['nomad job stop -address=http://127.0.0.1:4646 label-printer', false],
    ['nomad job status -verbose api', false], ['nomad job plan jobs/api.nomad.hcl', false], ['nomad node drain -enable -yes 7f3c2a91', true],
    ['nomad acl policy apply anonymous anon.hcl', true], ['nomad acl token self', false],
    ['argocd app sync invoices-api --prune', true], ['argocd app sync invoices-api-pr-219 --prune', false], ['argocd app diff invoices-api', false], ['argocd app delete invoices-api --yes', true],
    ['flux suspend kustomization apps --context=eks-billing', true], ['flux suspend kustomization apps --context=kind-lab', false], ['flux get kustomizations -A', false],
  ]);
});

test('configuration masters: Salt and Ansible', () => {
  check('salt', [
    ["salt 'pos-*' cmd.run 'systemctl restart till-sync'", true], ["salt 'pos-*' service.status till-sync", false], ["sudo salt 'pos-*' state.apply tills test=True", false],
    ['sudo salt-key -L', false], ["salt-key -d 'kiosk-04*' -y", true],
    ['ansible-playbook -i inventories/branch-tills.yml site.yml', true], ['ansible-playbook -i inventories/dev.yml site.yml', false],
    ['ansible-playbook -i inventories/branch-tills.yml site.yml --check --diff', false], ['ansible all -i hosts.yml -m ansible.builtin.ping', false],
  ]);
});

test('app platforms: an app not named staging, dev, preview or per-PR is what users reach', () => {
  check('paas', [
    ['heroku releases:rollback v212 -a sudsclub-loyalty', true], ['heroku releases -a sudsclub-loyalty -n 10', false], ['heroku config -a sudsclub-loyalty', true],
    ['heroku config -a sudsclub-loyalty --shell | cut -d= -f1', false], ['heroku run -a payroll -- rake payroll:rerun', true], ['heroku run -a payroll-review-88 -- rake payroll:rerun', false],
    ['heroku ps:scale worker=0 -a stats-staging', false], ['fly apps destroy orders-review-77 --yes', false], ['fly apps destroy orders-staging --yes', true],
    ['fly scale show -a api', false], ['fly deploy -a checkout', true], ['fly deploy -a checkout-staging', false],
    ['npx wrangler secret put HMAC_KEY --name feed-signer', true], ['npx wrangler deploy --dry-run', false], ['vercel deploy', false], ['vercel deploy --prod', true],
    ['supabase db push --linked', true], ['supabase db push', true], ['supabase db reset && supabase db push --local', false], ['supabase db diff --linked', false],
  ]);
});

test('platform control APIs, release pushes, CI agents and registries', () => {
  check('release', [
    ['curl -X POST -H "Authorization: Bearer $CF" https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache -d \'{"purge_everything":true}\'', true],
    ['curl -X POST -H "Authorization: Bearer $CF" https://api.cloudflare.com/client/v4/zones/$STAGING_ZONE_ID/purge_cache -d \'{"purge_everything":true}\'', false],
    ['git tag v2.0.0 && git push origin v2.0.0', true], ['git push origin feature/x', false], ['cd ~/homebrew-tools && git push origin main', true],
    ['buildkite-agent pipeline upload .buildkite/deploy.yml', true], ['buildkite-agent pipeline upload --dry-run .buildkite/deploy.yml', false],
    ["amtool silence add alertname=~'.+' --duration=168h", true], ['amtool silence add alertname=Lag cluster=shop-staging --duration=2h', false],
    ['npm owner ls @acme/sdk', false], ['npm dist-tag add @acme/sdk@2.0.0-rc.1 latest', true], ['cargo owner --list gtfs-lint', false],
    ['twine upload --repository testpypi dist/*', false], ['twine upload dist/*', true],
    ["gh api -X PATCH repos/acme/api -F 'security_and_analysis[secret_scanning][status]=disabled'", true],
    ['ngrok tcp 5432 --region eu', true], ['ngrok http 5173', false], ['cloudflared tunnel --url localhost:5432', true],
    ['wormhole send ~/exports/yields-2024.parquet', true], ['wormhole receive', false],
    ["sed -i 's/^host_key_checking.*/host_key_checking = False/' ansible.cfg", true], ["sed -i 's/^forks.*/forks = 20/' ansible.cfg", false],
  ]);
});

test('CI and manifest edits: moving plugin references, a second index, unchecked formulae, automerge', () => {
  const edit = (file_path: string, old_string: string, new_string: string) => assess({ tool: 'Edit', args: { file_path, old_string, new_string } }).decision !== 'allow';
  assert.equal(edit('.circleci/config.yml', '  node: circleci/node@5.2.0', '  node: circleci/node@volatile'), true);
  assert.equal(edit('.circleci/config.yml', '  node: circleci/node@5.2.0', '  node: circleci/node@5.2.1'), false);
  assert.equal(edit('requirements.txt', 'httpx==0.27.0\n', '--extra-index-url https://pkgs.example-internal.net/simple\nhttpx==0.27.0\n'), true);
  assert.equal(edit('Formula/tool.rb', '  sha256 "9c2b4e0f"', '  sha256 :no_check'), true);
  assert.equal(edit('Formula/tool.rb', '  url "https://dl.example.org/tool-1.0.tar.gz"', '  url "https://dl.example.org/tool-1.1.tar.gz"'), false);
  assert.equal(edit('renovate.json', '  "automerge": false', '  "automerge": true'), true);
  assert.equal(edit('renovate.json', '  "automerge": false', '  "automerge": false,\n  "schedule": ["before 6am on monday"]'), false);
});
