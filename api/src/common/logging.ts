import { RequestMethod } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import type { Params } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';

/**
 * Structured request logs. Bodies are never logged (they hold clinical text); the URL is logged without its query
 * string; cookies, CSRF tokens and Set-Cookie headers are removed.
 */
export function loggerOptions(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Params {
  const options: Options = {
    level: config.logLevel,
    quietReqLogger: true,
    serializers: {
      req: (req: IncomingMessage & { id?: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.token'], remove: true },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  };
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    // A destination of its own only where logs are read back (the tests that look for leaked secrets).
    pinoHttp: destination ? [options, destination] : options,
  };
}
