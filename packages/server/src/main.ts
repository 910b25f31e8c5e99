import 'reflect-metadata';
import { loadConfig, DEMO_TOTP_SECRET } from './config';
import { startServer } from './bootstrap';
import { warmPdfInspector } from './modules/files/pdf-inspector';
import { DEMO_ACCOUNTS } from './seed/demo';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = await startServer(
    config,
    (m) => console.log(`[协救] ${m}`),
    process.env,
    (e) => {
      // Embedded PostgreSQL could not be restarted: exit non-zero so a process supervisor restarts us.
      console.error(`[协救] ${e.message}，进程退出 / exiting`);
      process.exit(70);
    },
  );
  const lines = [
    '',
    `协救已启动 / xiejiu is running`,
    `  工作台 Console : ${started.url}/`,
    `  便民服务 Portal: ${started.url}/portal/`,
    `  GraphQL        : ${started.url}/graphql`,
    `  数据库 Database: ${config.databaseUrl ? '外部 PostgreSQL (DATABASE_URL)' : `内置 PostgreSQL（${config.dataDir}/pg）`}`,
  ];
  if (config.env !== 'production') {
    lines.push('', `演示账号 Demo accounts（密码 password: ${config.demoPassword}）:`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(12)} ${a.roleName}${a.admin ? '（需动态验证码）' : ''}`);
    lines.push(`  管理员动态验证码密钥 TOTP secret: ${DEMO_TOTP_SECRET}（当前验证码：pnpm cli demo:totp）`);
  }
  console.log(lines.join('\n'));
  // The PDF upload check parses in a worker that takes a few seconds to start: start it now, not on the first upload.
  void warmPdfInspector();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[协救] 收到 ${signal}，正在停止 / shutting down …`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    try {
      await started.close();
      clearTimeout(timer);
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(`[协救] 启动失败 / failed to start: ${e instanceof Error ? e.message : String(e)}`);
  if (process.env.LOG_LEVEL === 'debug') console.error(e);
  process.exit(1);
});
