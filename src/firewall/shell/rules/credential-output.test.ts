import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// Commands whose output is a credential ask; the same tools checking, listing or naming secrets run.
// Rules only: the learned gate layer is off here.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

function check(cases: Array<[command: string, gated: boolean]>): void {
  for (const [command, gated] of cases) {
    const a = assess({ tool: 'Bash', args: { command } });
    assert.equal(a.decision !== 'allow', gated, `${command} -> ${a.decision}: ${a.reasons.join(' | ')}`);
  }
}

test('decrypting, exporting and printing stored secrets ask; checking and listing run', () => {
  check([
    ['sops -d secrets/prod.enc.yaml', true], ['sops filestatus secrets/prod.enc.yaml', false], ['sops -d -i secrets/dev.enc.yaml', false],
    ['yq "del(.sops) | keys" secrets/prod.enc.yaml', false],
    ['ansible-vault view group_vars/prod/vault.yml', true], ['ansible-vault encrypt group_vars/prod/vault.yml', false],
    ['gpg --armor --export-secret-keys signing@example.org > key.asc', true], ['gpg --armor --export signing@example.org', false],
    ['wg showconf wg0', true], ['sudo wg show all latest-handshakes', false],
    ["nmcli -s -g 802-11-wireless-security.psk connection show 'Office'", true], ['nmcli -f NAME,TYPE connection show --active', false],
    ['airflow connections get bigquery_default -o json', true],
    ['git credential fill', true], ['terraform output -json', true], ["terraform output -json | jq 'with_entries(.value |= {sensitive, type})'", false], ['terraform output -raw db_password', true], ['terraform output -raw bucket_name', false],
    ['az account get-access-token --query accessToken -o tsv', true], ['az account show', false],
    ["op read 'op://Ops/Sentry/token' | gh secret set SENTRY_AUTH_TOKEN", false],
  ]);
});

test('sharing a password-manager item or granting a vault asks; listing who has access runs', () => {
  check([
    ['op item share "Stripe live" --vault Finance --emails contractor@example.org --expiry 7d', true],
    ['op item share "Wi-Fi guest" --vault Office', true],
    ['op vault user grant --vault Finance --user jo@example.org --permissions allow_viewing', true],
    ['op vault group grant --vault Infra --group Contractors', true],
    ['op vault user list Finance', false], ['op item list --vault Finance', false],
  ]);
  const a = assess({ tool: 'Bash', args: { command: 'op item share "Stripe live" --emails contractor@example.org' } });
  assert.match(a.reasons.join(' | '), /op item share gives a stored secret to contractor@example\.org/);
});

test('the environment: values ask, names, lengths and whether a variable is set run', () => {
  check([
    ['printenv | sort', true], ['env | grep -iE "token|secret" | cut -d= -f1', false], ["cp -n .env.example .env && grep -c '=' .env", false], ['grep -l STRIPE .env', false], ['grep STRIPE .env', true], ['grep -A2 STRIPE .env', true], ['cp .env.example .env', true],
    ['docker exec api printenv DATABASE_URL', true], ['kubectl -n shop exec deploy/api -- env', true],
    ["docker inspect pos | jq '.[0].Config.Env'", true], ["docker inspect pos --format '{{.State.Health.Status}}'", false],
    ['cat /proc/$(pgrep -f api | head -1)/environ', true],
    ['echo "rcon: $RCON_PASSWORD"', true], ['echo "$NPM_TOKEN" | gh secret set NPM_TOKEN', false],
    ['test -n "$API_KEY" && echo "set (${#API_KEY} chars)"', false], ['echo "key is ${API_KEY:+set}"', false],
  ]);
});

test('names of secret files are not their contents; a commit message is history', () => {
  check([
    ["git rm --cached .env.local && echo '.env.local' >> .gitignore", false],
    ["git ls-files | grep -E 'secret|\\.env|\\.pem'", false], ['sha256sum .env /srv/app/.env', false], ['cut -d: -f1-4 ~/.pgpass', false],
    ["kubectl get secret stripe -o json | jq '{keys: (.data | keys), created: .metadata.creationTimestamp}'", false],
    ["kubectl get secrets -o custom-columns=NAME:.metadata.name,TYPE:.type,KEYS:.data | awk '{print $1, $2}'", false],
    ['cat ~/.config/rclone/rclone.conf', true], ['cat /etc/wireguard/wg0.conf', true], ['cat /etc/letsencrypt/live/x/fullchain.pem', false],
    ['cat envs/riga/terraform.tfvars', true], ['cat infra/fieldnet.auto.tfvars', true], ['cat terraform.tfvars.example', false],
    ['cat /etc/freeradius/3.0/clients.conf', true], ['cat /etc/freeradius/3.0/radiusd.conf', false],
    ['git commit -am "ci: deploy token ghp_g9YBeBkbFsDdy8XuYHBr1CS1tzepUloUJZg6" && git push', true],
    ['git commit -am "read SMTP password from SMTP_PASSWORD" && git push', false],
  ]);
});
