import { PROD, type CommandFacts, type Rule } from './types.js';

// Web-framework task runners (Rails, Rake, Django's manage.py, Laravel's artisan). What they touch
// is the environment they are pointed at: the same `db:reset` is routine on a laptop and wipes a
// business in production, and a `runner`/`shell` in production runs arbitrary code on live data.

/** Tasks that empty or recreate the database. */
const WIPE_TASK = /^(db:(drop|reset|purge|truncate_all|schema:load|structure:load|migrate:reset|setup|seed:replant)|flush|reset_db|sqlflush|migrate:(fresh|reset|refresh)|db:wipe|ecto\.(drop|reset))(:|$)/;
/** Tasks that change the schema or run code against the data. */
const CHANGE_TASK = /^(db:(migrate|rollback|seed|migrate:(up|down|redo))|runner|r|console|c|dbconsole|shell|shell_plus|dbshell|tinker|migrate|loaddata|createsuperuser|changepassword|ecto\.(migrate|rollback)|eval)(:|$)/;
/** Environment variables and flags that name the environment. */
const ENV_ASSIGN = /\b(?:RAILS_ENV|RACK_ENV|APP_ENV|MIX_ENV|NODE_ENV|DJANGO_SETTINGS_MODULE|DJANGO_ENV|LARAVEL_ENV)=["']?([\w.-]+)/;
const ENV_FLAGS = new Set(['-e', '--environment', '--env', '--settings']);

function environment(f: CommandFacts): string {
  for (let i = 0; i < f.args.length; i++) {
    const t = f.args[i].text;
    if (ENV_FLAGS.has(t)) return f.args[i + 1]?.text ?? '';
    const eq = t.indexOf('=');
    if (eq > 0 && ENV_FLAGS.has(t.slice(0, eq))) return t.slice(eq + 1);
  }
  return ENV_ASSIGN.exec(f.script)?.[1] ?? '';
}

/** Judges `rails TASK`, `rake TASK`, `manage.py TASK`, `artisan TASK`; `task` is the first operand. */
export function judgeAppTask(f: CommandFacts, runner: string, task: string): void {
  const env = environment(f);
  const prod = PROD.test(env) || /DISABLE_DATABASE_ENVIRONMENT_CHECK=1/.test(f.script);
  const what = `${runner} ${task}`.trim();
  const where = prod ? ` in ${env || 'production'}` : '';
  if (WIPE_TASK.test(task)) {
    return f.add(prod ? 0.95 : 0.3, prod ? 'critical' : 'local_edit', false, 'database_destruction', `${what} empties and recreates the database${where}`);
  }
  if (prod && CHANGE_TASK.test(task)) return f.add(0.8, 'critical', false, 'database_write', `${what} runs code or schema changes against production data`);
  if (prod) return f.add(0.62, 'external', false, 'infra_change', `${what} runs a task${where}`);
  f.add(0.08, 'local_edit', true, 'build', `${what} runs a project task`);
}

const firstTask = (f: CommandFacts) => f.args.find((a, i) => !a.text.startsWith('-') && !ENV_FLAGS.has(f.args[i - 1]?.text ?? ''))?.text ?? '';

export const railsLike: Rule = (f) => judgeAppTask(f, f.program, firstTask(f));
