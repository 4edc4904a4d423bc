import { DEFAULT_OPTIONS, type CollectorOptions } from './server.js';

/** Each option: its flag, its environment variable, and how to read it. */
const OPTIONS: { flag: string; env: string; key: keyof CollectorOptions; kind: 'text' | 'port' | 'bool' | 'list'; help: string }[] = [
  { flag: '--port', env: 'MJ_PORT', key: 'port', kind: 'port', help: 'port to listen on (default 8787; 0 picks a free one)' },
  { flag: '--host', env: 'MJ_HOST', key: 'host', kind: 'text', help: 'address to listen on (default 127.0.0.1; any other needs --token)' },
  { flag: '--data', env: 'MJ_DATA', key: 'dataDir', kind: 'text', help: 'directory of the embedded database (default .microjourney)' },
  {
    flag: '--database-url',
    env: 'DATABASE_URL',
    key: 'databaseUrl',
    kind: 'text',
    help: 'postgres://… to use a PostgreSQL server instead of the embedded database',
  },
  { flag: '--token', env: 'MJ_TOKEN', key: 'token', kind: 'text', help: 'token the report, its data and the inbox require (ingest stays open)' },
  { flag: '--webhook', env: 'MJ_WEBHOOK', key: 'webhook', kind: 'text', help: 'URL to POST each new negative answer to' },
  {
    flag: '--webhook-secret',
    env: 'MJ_WEBHOOK_SECRET',
    key: 'webhookSecret',
    kind: 'text',
    help: 'signs webhooks: Microjourney-Signature: t=…,v1=<HMAC-SHA256 of "t.body">',
  },
  { flag: '--webhook-all', env: 'MJ_WEBHOOK_ALL', key: 'webhookAll', kind: 'bool', help: 'post every answer, not only negative ones' },
  { flag: '--path', env: 'MJ_COLLECT_PATH', key: 'collectPath', kind: 'text', help: 'ingest path (default /mj/collect)' },
  {
    flag: '--allow-origin',
    env: 'MJ_ALLOW_ORIGINS',
    key: 'allowOrigins',
    kind: 'list',
    help: 'origins whose pages may send events, comma-separated, or * (default: own origin and loopback)',
  },
  { flag: '--config', env: 'MJ_CONFIG', key: 'config', kind: 'text', help: "the site's microjourney.json: journeys' step order and abandonAfter for funnels" },
];

export interface ParsedOptions {
  options: CollectorOptions;
  verbose: boolean;
  help: boolean;
  problems: string[];
}

function read(kind: string, value: string, name: string, problems: string[]): unknown {
  if (kind == 'port') {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`${name}: expected a port number 0–65535, found "${value}"`);
    return port;
  }
  if (kind == 'bool') return !/^(0|false|no|off)$/i.test(value);
  if (kind == 'list')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return value;
}

/** `microjourney serve` options from the command line, then the environment, then the defaults. */
export function parseServeOptions(argv: string[], env: NodeJS.ProcessEnv): ParsedOptions {
  const options: CollectorOptions = { ...DEFAULT_OPTIONS };
  const problems: string[] = [];
  const set = options as unknown as Record<string, unknown>;
  for (const o of OPTIONS) if (env[o.env]) set[o.key] = read(o.kind, env[o.env]!, o.env, problems);
  let verbose = !!env.MJ_VERBOSE;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    if (flag == '--help' || flag == '-h') help = true;
    else if (flag == '--verbose' || flag == '-v') verbose = true;
    else {
      const o = OPTIONS.find((x) => x.flag == flag);
      if (!o) problems.push(`unknown option ${flag}; see microjourney serve --help`);
      else if (o.kind == 'bool' && inline === undefined) set[o.key] = true;
      else {
        const value = inline ?? argv[++i];
        if (value === undefined) problems.push(`${flag} needs a value`);
        else
          set[o.key] =
            o.kind == 'list' && o.key == 'allowOrigins'
              ? [...(options.allowOrigins || []), ...(read(o.kind, value, flag, problems) as string[])]
              : read(o.kind, value, flag, problems);
      }
    }
  }
  return { options, verbose, help, problems };
}

export const SERVE_HELP = `usage: microjourney serve [options]

Starts the collector (POST /mj/collect) and the report (/report) in one process.
Storage: the embedded PGlite database in --data, or PostgreSQL when DATABASE_URL is set.

${OPTIONS.map((o) => `  ${(o.flag + (o.kind == 'bool' ? '' : ' <value>')).padEnd(24)} ${o.help}\n  ${''.padEnd(24)} env ${o.env}`).join('\n')}
  --verbose, -v            log every batch stored (env MJ_VERBOSE)
`;
