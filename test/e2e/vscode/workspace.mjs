// The workspace a new user opens: the Flask mentorship backend of the seed documents (its committed
// .env.template and a .env with the mistakes people make), and a Django site beside it keeping its
// secrets in secrets.py. A git repository where only the template and the code are committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Synthetic values of a real secret's shape; none of them was ever a credential.
export const SECRET_KEY = '9fT2kLp0Qz8wXv3Nc7Rb1yHs';
export const DJANGO_SECRET = 'q7Vm2Xc9Lp4Rt8Wz1Kb6Nd3Hs5Jf0Gy';
export const STAGING_PASSWORD = 'Hs5Jf0Gyq7Vm2Xc9';
export const OLD_PASSWORD = 'Rt8Wz1Kb6Nd3Lp4X';

export const FILES = {
  '.gitignore': '__pycache__/\n',
  'requirements.txt': 'Flask==2.3.3\npython-dotenv==1.0.0\nFlask-SQLAlchemy==3.0.5\n',
  '.env.template':
    'FLASK_ENVIRONMENT_CONFIG=<dev-or-test-or-prod>\nSECRET_KEY=<your-secret-key>\nSECURITY_PASSWORD_SALT=<your-salt>\nMAIL_DEFAULT_SENDER=<sender@example.com>\nMAIL_SERVER=<smtp-server>\nAPP_MAIL_USERNAME=<username>\nAPP_MAIL_PASSWORD=<password>\n',
  '.env': [
    'FLASK_ENVIRONMENT_CONFIG=development',
    `SECRET_KEY=${SECRET_KEY}`,
    'SECURITY_PASSWORD_SALT=${SECRET_KEY}',
    'MAIL_DEFAULT_SENDER=mentorship@acme.org',
    'MAIL_SERVER=smtp://mentorship@localhost:25',
    'APP_MAIL_USERNAME=mentorship@acme.org',
    '',
  ].join('\n'),
  // Opened only once envsense.maskSecrets is on (masking is measured on it).
  '.env.staging': `FLASK_ENVIRONMENT_CONFIG=prod\nAPP_MAIL_PASSWORD=${STAGING_PASSWORD}\n# APP_MAIL_PASSWORD=${OLD_PASSWORD}\nMAIL_SERVER=smtp.acme.org\n`,
  // The code reading the variables (issue 13): hover and completion at its read sites.
  'app/config.py': "import os\n\nMAIL_SERVER = os.environ.get('MAIL_SERVER', 'localhost')\nSECRET_KEY = os.environ['SECRET_KEY']\n",
  'site/manage.py': '#!/usr/bin/env python\n',
  'site/requirements.txt': 'Django==5.0.6\n',
  'site/settings.py': "try:\n    from .secrets import *\nexcept ModuleNotFoundError:\n    import os\n    SECRET_KEY = os.environ.get('SECRET_KEY')\n",
  'site/secrets.py': `SECRET_KEY = '${DJANGO_SECRET}'\nDEBUG = True\n`,
};

const COMMITTED = ['.gitignore', 'requirements.txt', 'app/config.py', '.env.template', 'site/manage.py', 'site/requirements.txt', 'site/settings.py'];

export function writeWorkspace(root) {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const git = (...args) => execFileSync('git', ['-c', 'user.name=E2E', '-c', 'user.email=e2e@example.invalid', ...args], { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', ...COMMITTED);
  git('commit', '-q', '-m', 'The code and the template');
}
