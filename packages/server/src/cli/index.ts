import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_TOTP_SECRET, loadConfig } from '../config';
import { prepareDatabase, type PreparedDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { openReplicas } from '../db/replicas';
import { systemContext, type Runtime } from '../graphql/request-context';
import { buildAppSchema } from '../graphql/schema';
import { verifyChainAt } from '../modules/audit/audit-verify';
import { currentStep, totpAt } from '../modules/auth/totp';
import { createArea } from '../modules/area/area.service';
import { createUser } from '../modules/user/user.service';
import { startJobRunner } from '../modules/jobs/jobs.runner';
import '../modules/jobs/kinds';
import { isDatabaseEmpty, seedDemo } from '../seed/demo';
import { loadFieldCrypto } from '../shared/field-crypto';
import { checkFieldKeys } from '../modules/field-keys/key-check';
import { rotateFieldKeys } from '../modules/field-keys/key-rotation';
import { withRoleTables } from './role-table';
import { importLocalFile } from '../modules/roster/import.cli';
import { DATASETS } from '../modules/roster/records';
import { crosscheckCommand, exportFindings } from '../modules/crosscheck/crosscheck.cli';

const log = (m: string) => console.log(m);

type Command = (args: string[]) => Promise<number>;

/** ORM on the application role, and the runtime whose field key has passed the start-up check. */
async function withOrm<T>(fn: (orm: Awaited<ReturnType<typeof openOrm>>, runtime: Runtime, db: PreparedDatabase) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await prepareDatabase(config, log, { reuseRunning: true });
  const orm = await openOrm({ url: db.appUrl, poolMax: 4 });
  try {
    const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(config.dataDir, process.env, log) };
    await checkFieldKeys(systemContext(orm.em, runtime, 'field-key-check'), log);
    return await fn(orm, runtime, db);
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

const commands: Record<string, { help: string; run: Command }> = {
  worker: {
    help: '只运行后台任务（复核、模拟测算、导出、定时任务），不提供网页和接口；与 JOBS_WORKER=off 的服务器进程配合 / run background jobs only',
    run: async () =>
      // Embedded: joins the running server's database (start the server first); external: DATABASE_URL.
      withOrm(async (orm, runtime, db) => {
        const { config } = runtime;
        // Exports and other replica-marked reads of jobs use the replicas here as in the server (ADR 0033).
        if (config.replicaUrls.length) runtime.replicas = openReplicas(config, (level, m) => console.error(`[协救 worker] ${level}: ${m}`));
        const runner = await startJobRunner(orm, runtime, {
          connectionString: db.appUrl,
          concurrency: config.jobsConcurrency,
          log: (m, e) => console.error(`[协救 worker] ${m}${e instanceof Error ? `: ${e.name}` : ''}`),
        });
        log(`后台任务进程已启动（并发 ${config.jobsConcurrency}）/ job worker running; Ctrl+C 停止`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        log('正在停止：进行中的任务完成当前批次后交回队列 / stopping …');
        await runner.stop();
        await runtime.replicas?.close();
        return 0;
      }),
  },
  migrate: {
    help: '执行数据库迁移 / apply committed migrations',
    run: async () => {
      const db = await prepareDatabase(loadConfig(), log, { reuseRunning: true });
      await db.stop();
      log('数据库迁移完成 / migrations up to date');
      return 0;
    },
  },
  'migration:create': {
    help: '新建迁移文件（默认空白模板；--diff 以实体差异为草稿，须逐条审阅）/ new migration file',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { name: { type: 'string' }, diff: { type: 'boolean' } } });
      const db = await prepareDatabase(loadConfig(), log, { reuseRunning: true });
      const orm = await openOrm({ url: db.ownerUrl, poolMax: 2 });
      try {
        // Hand-written SQL (RLS policies, partial indexes, checks) is not in entity metadata, so a
        // diff proposes dropping it: start blank unless --diff is asked for, and review every line.
        const res = await orm.getMigrator().createMigration(path.join(__dirname, '..', 'db', 'migrations'), !values.diff, false, values.name);
        if (!res.fileName) {
          log('实体与数据库一致，无需迁移 / no changes');
          return 0;
        }
        const cls = res.fileName.replace(/\.ts$/, '');
        const indexFile = path.join(__dirname, '..', 'db', 'migrations', 'index.ts');
        let index = fs.readFileSync(indexFile, 'utf8');
        index = `import { ${cls} } from './${cls}';\n${index}`;
        index = index.replace(/\];\s*$/, `  { name: '${cls}', class: ${cls} },\n];\n`);
        fs.writeFileSync(indexFile, index);
        log(`已生成 ${res.fileName}（已登记到 migrations/index.ts；如需行级安全策略请手工补充）`);
        return 0;
      } finally {
        await orm.close(true);
        await db.stop();
      }
    },
  },
  'seed:demo': {
    help: '写入演示区县、部门和演示账号（数据库为空时）；--households N 再生成 N 户演示台账（或 --persons N；--seed S；已有台账时需 --force-append）/ seed demo data',
    run: async (args) => {
      const { values } = parseArgs({
        args,
        options: { households: { type: 'string' }, persons: { type: 'string' }, seed: { type: 'string' }, 'force-append': { type: 'boolean' } },
      });
      const num = (name: string, v: string | undefined) => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} 应为正整数 / must be a positive integer`);
        return n;
      };
      const households = num('households', values.households);
      const persons = num('persons', values.persons);
      const seed = num('seed', values.seed);
      return withOrm(async (orm, runtime, db) => {
        if (await isDatabaseEmpty(orm)) {
          const r = await seedDemo(orm, runtime);
          log(`演示数据已写入：区划 ${r.areas} 个，部门 ${r.departments} 个，账号 ${r.users} 个`);
        } else {
          log('数据库已有用户，跳过基础演示数据 / database not empty, base demo seed skipped');
        }
        if (!households && !persons) return 0;
        const { seedDemoHouseholds, describeSeedResult } = await import('../seed/households/demo');
        const { LedgerNotEmptyError } = await import('../seed/households');
        let lastLog = Date.now();
        try {
          const r = await seedDemoHouseholds(db.ownerUrl, orm, runtime, {
            households,
            persons,
            seed,
            allowExisting: !!values['force-append'],
            onProgress: (p) => {
              if (Date.now() - lastLog < 10_000) return;
              lastLog = Date.now();
              log(`  … ${p.households} 户 / ${p.persons} 人（${Math.round(p.elapsedMs / 1000)} 秒）`);
            },
          });
          log(describeSeedResult(r));
          return 0;
        } catch (e) {
          if (e instanceof LedgerNotEmptyError) {
            log(e.message);
            return 1;
          }
          throw e;
        }
      });
    },
  },
  'schema:emit': {
    help: '输出 GraphQL schema 到 packages/server/schema.graphql',
    run: async () => {
      const file = path.join(__dirname, '..', '..', 'schema.graphql');
      await buildAppSchema(file);
      log(`已写入 ${file}`);
      return 0;
    },
  },
  'docs:roles': {
    help: '由 roles.ts、演示账号和工作台路由表生成 README.md 的角色权限表和演示账号表（--check：过期时退出码 1）/ README generated tables',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { check: { type: 'boolean' } } });
      const root = path.join(__dirname, '..', '..', '..', '..');
      const file = path.join(root, 'README.md');
      const text = fs.readFileSync(file, 'utf8');
      const next = withRoleTables(text, fs.readFileSync(path.join(root, 'packages', 'console', 'src', 'routes.tsx'), 'utf8'));
      if (next === text) {
        log('README.md 角色权限表已是最新 / role tables up to date');
        return 0;
      }
      if (values.check) {
        console.error('README.md 角色权限表与 roles.ts 不符：运行 pnpm cli docs:roles 并提交 / README role tables are stale');
        return 1;
      }
      fs.writeFileSync(file, next);
      log(`已更新 ${file} 的角色权限表`);
      return 0;
    },
  },
  import: {
    help: `导入救助名册或比对数据：pnpm cli import <数据集> <文件> [--json] [--department 部门编码]；数据集：${DATASETS.join('、')} / import a roster or reference dataset`,
    run: async (args) => {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, department: { type: 'string' } } });
      const [datasetArg, file] = positionals;
      if (!datasetArg || !file) {
        log(`用法 usage: pnpm cli import <${DATASETS.join('|')}> <file.xlsx|file.csv> [--json] [--department CODE]`);
        return 2;
      }
      return withOrm(async (orm, runtime) => {
        const ctx = systemContext(orm.em, runtime, 'cli-import');
        const outcome = await importLocalFile(ctx, datasetArg, path.resolve(process.env.INIT_CWD ?? process.cwd(), file), {
          departmentCode: values.department ?? null,
          progress: values.json ? undefined : (p) => process.stderr.write(`\r导入中 ${Math.floor(p / 10)}%`),
        });
        if (!values.json) process.stderr.write('\n');
        if (!values.json) {
          log(
            `批次 ${outcome.batchId}：${outcome.status === 'DONE' ? '完成' : outcome.status === 'CANCELLED' ? '已取消' : '失败'}${outcome.message ? `（${outcome.message}）` : ''}`,
          );
          log(`数据行 ${outcome.rows}，带来变化 ${outcome.imported}，未变化 ${outcome.unchanged}，文件内重复 ${outcome.duplicates}，冲突 ${outcome.conflicts}`);
          const errs = Object.entries(outcome.errors);
          log(errs.length ? `错误：${errs.map(([c, n]) => `${c} ${n}`).join('，')}` : '无错误行');
        }
        log(
          JSON.stringify({ batchId: outcome.batchId, rows: outcome.rows, imported: outcome.imported, duplicates: outcome.duplicates, errors: outcome.errors }),
        );
        return outcome.status === 'DONE' ? 0 : 1;
      });
    },
  },
  'audit:verify': {
    help: '校验操作日志哈希链，指出第一条被篡改、删除或调换的记录 / verify the operation-log chain',
    run: async () => {
      const db = await prepareDatabase(loadConfig(), () => {}, { reuseRunning: true, migrate: false });
      try {
        const r = await verifyChainAt(db.ownerUrl);
        log(r.message);
        if (!r.ok) log(`问题类型 problem: ${r.problem}；位置 pos: ${r.firstBadPos}`);
        return r.ok ? 0 : 1;
      } finally {
        await db.stop();
      }
    },
  },
  'keys:status': {
    help: '检查字段加密密钥与数据库是否相符，显示密钥编号和轮换进度 / check the field key, show rotation progress',
    run: async () =>
      withOrm(async (orm, runtime) => {
        const status = await checkFieldKeys(systemContext(orm.em, runtime, 'field-key-check'));
        log(`字段加密密钥相符，当前密钥 ${status.activeKeyId} / field key OK`);
        if (status.rotation) {
          const p = status.rotation.progress;
          const tables =
            Object.entries(p.tables)
              .map(([t, s]) => `${t}${s.done ? ' ✓' : ''}`)
              .join(', ') || '尚未开始';
          log(
            `轮换进行中 ${status.rotation.fromKeyId} → ${status.rotation.toKeyId}：第 ${p.pass} 轮，已处理 ${p.batches} 批，重新加密 ${p.resealed} 个值（${tables}）；运行 pnpm cli keys:rotate 继续`,
          );
        }
        return 0;
      }),
  },
  'keys:rotate': {
    help: '字段加密密钥轮换：用新密钥重新加密并重建盲索引，分批进行、可中断后继续（FIELD_ENCRYPTION_KEY=新密钥，FIELD_ENCRYPTION_KEY_PREVIOUS=旧密钥；--batch-size N）/ re-encrypt with the new field key',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { 'batch-size': { type: 'string' } } });
      const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
      if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)) {
        log('--batch-size 应为 1–10000 的整数 / must be an integer 1–10000');
        return 2;
      }
      let stop = false;
      const onSignal = () => {
        if (!stop) log('收到停止信号：本批完成后暂停，再次运行 pnpm cli keys:rotate 继续 / stopping after this batch');
        stop = true;
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      return withOrm(async (orm, runtime) => {
        const r = await rotateFieldKeys(systemContext(orm.em, runtime, 'key-rotation'), { batchSize, log, shouldStop: () => stop });
        if (r.idle) {
          log(
            `没有进行中的密钥轮换，当前密钥 ${r.toKeyId}。更换密钥：以 FIELD_ENCRYPTION_KEY=新密钥、FIELD_ENCRYPTION_KEY_PREVIOUS=旧密钥 重启服务后运行本命令 / no rotation in progress`,
          );
          return 0;
        }
        if (r.finished) {
          log(
            `密钥 ${r.fromKeyId} → ${r.toKeyId} 轮换完成（本次重新加密 ${r.resealed} 个值，${r.batches} 批）。可以删除 FIELD_ENCRYPTION_KEY_PREVIOUS（或 field-key.previous.secret）/ rotation finished`,
          );
          return 0;
        }
        log(
          `轮换已暂停（本次重新加密 ${r.resealed} 个值，${r.batches} 批）；再次运行 pnpm cli keys:rotate 从中断处继续 / rotation paused, run again to resume`,
        );
        return 1;
      });
    },
  },
  crosscheck: {
    help: '立即全面比对（全部比对规则，以系统身份运行）；--json 时最后一行为各规则的发现、新增、消除数 / run every cross-check rule now',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
      return withOrm((orm, runtime) => crosscheckCommand(systemContext(orm.em, runtime, 'cli-crosscheck'), { json: !!values.json }, log));
    },
  },
  'findings:export': {
    help: '导出全部待复核疑点（含完整身份证号，记入操作日志）：--out 文件.csv|文件.xlsx --reason 理由 / export open findings',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { out: { type: 'string' }, reason: { type: 'string' } } });
      if (!values.out || !values.reason) {
        log('用法：pnpm cli findings:export --out findings.xlsx --reason 理由');
        return 2;
      }
      return withOrm(async (orm, runtime) => {
        const n = await exportFindings(systemContext(orm.em, runtime, 'cli-findings-export'), values.out!, values.reason!);
        log(`已导出 ${n} 条待复核疑点到 ${values.out}（已记入操作日志）`);
        return 0;
      });
    },
  },
  'demo:totp': {
    help: '显示演示管理员账号当前的动态验证码',
    run: async () => {
      const step = currentStep();
      const left = 30 - Math.floor((Date.now() / 1000) % 30);
      log(`${totpAt(DEMO_TOTP_SECRET, step)}（${left} 秒内有效；密钥 ${DEMO_TOTP_SECRET}）`);
      return 0;
    },
  },
  'area:create-district': {
    help: '新建区县（生产环境首次部署）：--code 12位代码 --name 名称',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { code: { type: 'string' }, name: { type: 'string' } } });
      if (!values.code || !values.name) {
        log('用法：pnpm cli area:create-district --code 500199000000 --name 和安区');
        return 2;
      }
      return withOrm(async (orm, runtime) => {
        const ctx = systemContext(orm.em, runtime, 'cli-create-district');
        await ctx.tx(() => createArea(ctx, { code: values.code!, name: values.name!, parentCode: null }));
        log(`已创建区县 ${values.code} ${values.name}`);
        return 0;
      });
    },
  },
  'admin:create': {
    help: '创建管理员账号：--username U --name 姓名 --role SYS_ADMIN|SEC_ADMIN|AUDIT_ADMIN --area 12位代码',
    run: async (args) => {
      const { values } = parseArgs({
        args,
        options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, area: { type: 'string' } },
      });
      if (!values.username || !values.role || !values.area) {
        log('用法：pnpm cli admin:create --username U --name 姓名 --role SYS_ADMIN --area 500199000000');
        return 2;
      }
      return withOrm(async (orm, runtime) => {
        const password = `${crypto.randomBytes(9).toString('base64url')}a1!`;
        const ctx = systemContext(orm.em, runtime, 'cli-admin-create');
        await createUser(ctx, {
          username: values.username!,
          displayName: values.name ?? values.username!,
          roles: [values.role!],
          areaCode: values.area!,
          password,
        });
        log(`已创建 ${values.username}，初始密码：${password}（首次登录须修改并绑定动态验证码）`);
        return 0;
      });
    },
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const cmd = name ? commands[name] : undefined;
  if (!cmd) {
    log('用法 usage: pnpm cli <command>\n');
    for (const [n, c] of Object.entries(commands)) log(`  ${n.padEnd(18)} ${c.help}`);
    process.exit(name ? 2 : 0);
  }
  try {
    process.exit(await cmd.run(args));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

void main();
