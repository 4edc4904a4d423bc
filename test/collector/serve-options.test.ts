// @vitest-environment node
import { expect, it } from 'vitest';
import { parseServeOptions, SERVE_HELP } from '../../collector/serve-options';

it('has the defaults the README lists', () => {
  const { options, problems } = parseServeOptions([], {});
  expect(problems).toEqual([]);
  expect(options).toMatchObject({ port: 8787, host: '127.0.0.1', dataDir: '.microjourney', collectPath: '/mj/collect', allowOrigins: [], webhookAll: false });
  expect(options.token).toBeUndefined();
});

it('reads each option from the environment, and the command line over it', () => {
  const env = {
    MJ_PORT: '9000',
    MJ_HOST: '0.0.0.0',
    MJ_DATA: '/var/mj',
    DATABASE_URL: 'postgres://x@db/mj',
    MJ_TOKEN: 't',
    MJ_WEBHOOK: 'https://h',
    MJ_WEBHOOK_SECRET: 's',
    MJ_WEBHOOK_ALL: '1',
    MJ_COLLECT_PATH: '/c',
    MJ_ALLOW_ORIGINS: 'https://a.example, https://b.example',
    MJ_CONFIG: 'mj.json',
  };
  expect(parseServeOptions([], env).options).toMatchObject({
    port: 9000,
    host: '0.0.0.0',
    dataDir: '/var/mj',
    databaseUrl: 'postgres://x@db/mj',
    token: 't',
    webhook: 'https://h',
    webhookSecret: 's',
    webhookAll: true,
    collectPath: '/c',
    allowOrigins: ['https://a.example', 'https://b.example'],
    config: 'mj.json',
  });
  const cli = parseServeOptions(['--port', '0', '--token=abc', '--webhook-all', '--allow-origin', 'https://c.example', '--verbose'], env);
  expect(cli.options).toMatchObject({ port: 0, token: 'abc', webhookAll: true, allowOrigins: ['https://a.example', 'https://b.example', 'https://c.example'] });
  expect(cli.verbose).toBe(true);
});

it('names what is wrong', () => {
  expect(parseServeOptions(['--port', 'eighty'], {}).problems).toEqual(['--port: expected a port number 0–65535, found "eighty"']);
  expect(parseServeOptions(['--token'], {}).problems).toEqual(['--token needs a value']);
  expect(parseServeOptions(['--bogus'], {}).problems).toEqual(['unknown option --bogus; see microjourney serve --help']);
  expect(parseServeOptions([], { MJ_PORT: '70000' }).problems).toEqual(['MJ_PORT: expected a port number 0–65535, found "70000"']);
});

it('documents every option and its environment variable in --help', () => {
  for (const word of [
    '--port',
    'MJ_PORT',
    '--data',
    '--database-url',
    'DATABASE_URL',
    '--token',
    '--webhook-secret',
    '--allow-origin',
    '--config',
    '--verbose',
  ])
    expect(SERVE_HELP).toContain(word);
});
