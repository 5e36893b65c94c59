import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemsOf, schemaService } from '../support/service';

/**
 * Each seed system's realistic workspace, with no directive: its manifests, compose file, template and
 * env family as such projects have them. The real mistakes are reported; nothing else is.
 */
const report = (files: Record<string, string>, path: string) =>
  problemsOf(files[path]!, `file://${path}`, schemaService(files)).filter((p) => p.severity! <= 2).map((p) => `${p.code} ${p.at}`);

test('a Flask mentorship backend with .env.template: the wrong environment name, and nothing else', () => {
  const files = {
    '/workspace/requirements.txt': 'Flask==2.3.3\npython-dotenv==1.0.0\nFlask-SQLAlchemy==3.0.5\n',
    '/workspace/.env.template': 'FLASK_ENVIRONMENT_CONFIG=<dev-or-test-or-prod>\nSECRET_KEY=<your-secret-key>\nSECURITY_PASSWORD_SALT=<your-salt>\nMAIL_DEFAULT_SENDER=<sender@example.com>\nMAIL_SERVER=<smtp-server>\nAPP_MAIL_USERNAME=<username>\nAPP_MAIL_PASSWORD=<password>\n',
    '/workspace/.env':
      'FLASK_ENVIRONMENT_CONFIG=development\nSECRET_KEY=9fT2kLp0Qz8wXv3Nc7Rb1yHs\nSECURITY_PASSWORD_SALT=Qz8wXv3Nc7Rb1yHs9fT2\nMAIL_DEFAULT_SENDER=mentorship@acme.org\nMAIL_SERVER=smtp.acme.org\nAPP_MAIL_USERNAME=mentorship@acme.org\nAPP_MAIL_PASSWORD=${MAIL_PASSWORD}\n',
  };
  assert.deepEqual(report(files, '/workspace/.env'), ['invalid-value 1:26-1:37']);
  assert.deepEqual(report(files, '/workspace/.env.template'), []);
});

test('Flagsmith with .env.production and compose: a MySQL URL where it needs PostgreSQL, and nothing else', () => {
  const files = {
    '/workspace/docker-compose.yml': 'services:\n  flagsmith:\n    image: flagsmith/flagsmith\n    env_file:\n      - .env.production\n',
    '/workspace/.env': 'DJANGO_ALLOWED_HOSTS=*\nFLAGSMITH_ON_FLAGSMITH_API_URL=https://edge.api.flagsmith.com/api/v1/\nPREVENT_SIGNUP=true\n',
    '/workspace/.env.production':
      'DATABASE_URL=mysql://flagsmith:${DB_PASSWORD}@db.acme.io:3306/flagsmith\nDJANGO_ALLOWED_HOSTS=flags.acme.io\nDJANGO_SECRET_KEY=${DJANGO_SECRET_KEY}\nALLOW_ADMIN_INITIATION_VIA_CLI=true\nPREVENT_SIGNUP=true\n',
  };
  const production = report(files, '/workspace/.env.production');
  assert.deepEqual(production, ['invalid-value 1:14-1:72']);
  assert.deepEqual(report(files, '/workspace/.env'), []);
});

test('Django with django-environ: ALLOWED_HOSTS=* and DEBUG=True in production, and nothing else', () => {
  const files = {
    '/workspace/requirements.txt': 'Django==5.0.6\ndjango-environ==0.11.2\npsycopg2-binary==2.9.9\n',
    '/workspace/manage.py': '#!/usr/bin/env python\n',
    '/workspace/.env': 'DEBUG=True\nALLOWED_HOSTS=*\nSECRET_KEY=django-insecure-9fT2kLp0Qz8wXv3Nc7Rb\nDATABASE_URL=postgres://app:app@localhost:5432/app\n',
    '/workspace/.env.production': 'DEBUG=True\nALLOWED_HOSTS=*\nSECRET_KEY=${DJANGO_SECRET_KEY}\nDATABASE_URL=postgres://app:${DB_PASSWORD}@db.acme.io:5432/app\n',
  };
  assert.deepEqual(report(files, '/workspace/.env'), []);
  assert.deepEqual(report(files, '/workspace/.env.production'), ['dangerous-value 1:7-1:11', 'dangerous-value 2:15-2:16']);
});
