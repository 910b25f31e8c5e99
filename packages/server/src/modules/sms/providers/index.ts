import type { SmsDb } from '../db';
import { aliyunProvider } from './aliyun';
import { httpProvider } from './http';
import { logProvider } from './log';
import { tencentProvider } from './tencent';
import type { SmsProvider, SmsProviderConfig } from './types';

export * from './types';

/** The active provider for a configuration. */
export function createProvider(cfg: SmsProviderConfig, db: SmsDb, log?: (line: string) => void): SmsProvider {
  switch (cfg.provider) {
    case 'aliyun':
      return aliyunProvider(cfg);
    case 'tencent':
      return tencentProvider(cfg);
    case 'http':
      return httpProvider(cfg);
    default:
      return logProvider(db, log);
  }
}
