// A package one letter away from a well-known one (`reqeusts`, `colourama`, `axois`,
// `python-dateutils`) is how typosquats are found: the misspelt name is registered by someone
// else and runs their code at install. The bs1 set's "install requests" became `pip install
// reqeusts`. Names are compared per registry, normalized as the registry does (PyPI: case and
// `-_.` alike); a name that is itself well known (`request` on npm, `boto`, `preact`) is not a
// misspelling of its neighbour. Only names of five letters or more are compared: shorter ones
// have too many real neighbours.

const PYPI = ['requests', 'numpy', 'pandas', 'django', 'flask', 'matplotlib', 'scipy', 'colorama', 'urllib3', 'setuptools', 'python-dateutil', 'beautifulsoup4', 'pyyaml', 'cryptography', 'boto3', 'boto', 'botocore', 'pillow', 'selenium', 'tensorflow', 'torch', 'scikit-learn', 'sqlalchemy', 'psycopg2', 'jinja2', 'pytest', 'fastapi', 'uvicorn', 'pydantic', 'httpx', 'aiohttp', 'openai', 'openapi', 'anthropic', 'certifi', 'charset-normalizer', 'jsonschema', 'paramiko', 'pymongo', 'redis', 'celery', 'gunicorn', 'click', 'werkzeug', 'openpyxl', 'pyjwt', 'bcrypt', 'docker', 'kubernetes', 'transformers', 'langchain', 'python-dotenv', 'simplejson', 'termcolor', 'virtualenv'];
const NPM = ['axios', 'express', 'lodash', 'react', 'preact', 'react-dom', 'typescript', 'webpack', 'eslint', 'prettier', 'chalk', 'commander', 'moment', 'dotenv', 'jquery', 'nodemon', 'mongoose', 'socket.io', 'body-parser', 'cross-env', 'yargs', 'mocha', 'electron', 'discord.js', 'puppeteer', 'request', 'requests', 'async', 'underscore', 'colors', 'color', 'debug', 'inquirer', 'node-fetch', 'nodemailer', 'jsonwebtoken', 'bcrypt', 'bcryptjs', 'passport', 'sequelize', 'webpack-cli', 'vite', 'esbuild', 'rollup'];

const REGISTRY: Record<string, readonly string[]> = {};
for (const p of ['pip', 'pip3', 'pipx', 'uv', 'poetry', 'pipenv', 'pdm']) REGISTRY[p] = PYPI;
for (const p of ['npm', 'pnpm', 'yarn', 'bun']) REGISTRY[p] = NPM;

const normalized = (name: string, pypi: boolean) => (pypi ? name.toLowerCase().replace(/[-_.]+/g, '-') : name.toLowerCase());

/** The well-known package `name` misspells when `program` installs it, or null. */
export function misspelledPackage(program: string, name: string): string | null {
  const known = REGISTRY[program];
  if (!known) return null;
  const pypi = known === PYPI;
  // `requests==2.32`, `requests[socks]`, `axios@1.7`; scoped npm names are left alone.
  const bare = normalized(name.replace(/\[.*$|[=<>!~;].*$/, '').replace(/(.)@.*$/, '$1'), pypi);
  if (bare.length < 5 || bare.startsWith('@') || bare.includes('/') || known.includes(bare)) return null;
  return known.find((k) => k.length >= 5 && oneEditApart(bare, k)) ?? null;
}

/** One substitution, insertion, deletion or swap of neighbours apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
