import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeAgentSettingsEdit, judgeApprovalKeys } from './agent-settings.js';

test('agent-settings: any change to what the agent may do asks, in either direction', () => {
  assert.equal(judgeAgentSettingsEdit('.claude/settings.json', '"deny": ["Bash(rm:*)"]', '"deny": []').length, 1);
  assert.equal(judgeAgentSettingsEdit('~/.hermes/config.yaml', "command_allowlist:\n  - 'git status'\n  - 'docker *'", "command_allowlist:\n  - 'git status'").length, 1);
  assert.equal(judgeAgentSettingsEdit('~/.codex/config.toml', 'network_access = true', 'network_access = false', '[sandbox_workspace_write]').length, 1);
  assert.equal(judgeAgentSettingsEdit('~/.codex/rules/default.rules', 'prefix_rule(pattern = ["kubectl"], decision = "allow")', '').length, 1);
});

test('agent-settings: theme, model, status line and notifications run', () => {
  assert.equal(judgeAgentSettingsEdit('.claude/settings.json', '"theme": "light"', '"theme": "dark"').length, 0);
  assert.equal(judgeAgentSettingsEdit('~/.hermes/config.yaml', 'model:\n  default: openai/gpt-5', 'model:\n  default: anthropic/claude-sonnet-4').length, 0);
  assert.equal(judgeAgentSettingsEdit('.claude/settings.json', '"statusLine": {\n    "type": "command",\n    "command": "~/s.sh --cost"\n  }', '"statusLine": {\n    "type": "command",\n    "command": "~/s.sh"\n  }').length, 0);
  assert.equal(judgeAgentSettingsEdit('~/.codex/config.toml', 'notifications = ["agent-turn-complete"]', 'notifications = false', '[tui]').length, 0);
});

test('agent-settings: keys that let an agent act unasked ask in any file; off or stricter values do not', () => {
  assert.equal(judgeApprovalKeys('.vscode/settings.json', '{\n  "editor.formatOnSave": true,\n  "chat.tools.autoApprove": true\n}', '').length, 1);
  assert.equal(judgeApprovalKeys('deploy/agent.yaml', '    require_approval: never', '    require_approval: always').length, 1);
  assert.equal(judgeApprovalKeys('.vscode/settings.json', '"editor.formatOnSave": true', '').length, 0);
  assert.equal(judgeApprovalKeys('deploy/agent.yaml', '    require_approval: always', '    require_approval: never').length, 0);
});
