import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../../graphql/request-context';
import { sendError } from '../../shared/http-errors';
import { tooLarge, fileRejected } from './content-check';
import { FILE_PERMISSION, PHOTO_PERMISSION, readStoredFile, saveUploads, type UploadInput } from './files.service';

/** Header a browser can only send after a CORS preflight: a cross-site form cannot forge it. */
export const CSRF_HEADER = 'x-xiejiu-csrf';

export interface FileRoutesOptions {
  /** The same actor resolution and RequestContext as GraphQL (cookie session or bearer token). */
  context: (request: FastifyRequest, reply: FastifyReply) => Promise<RequestContext>;
}

/** 401/403 before any byte of the body is read: no session, second factor pending, password to change, no permission. */
export function refuse(ctx: RequestContext, reply: FastifyReply, permissions: string[] = [FILE_PERMISSION]) {
  if (!ctx.isAuthenticated) return reply.code(401).send({ error: 'UNAUTHENTICATED', message: '请先登录' });
  if (ctx.actor.mustChangePassword) return reply.code(403).send({ error: 'PASSWORD_EXPIRED', message: '请先修改密码' });
  if (!permissions.some((p) => ctx.can(p))) return reply.code(403).send({ error: 'FORBIDDEN', message: '您没有权限上传或查看申请材料' });
  return null;
}

/**
 * `POST /api/files` (multipart/form-data, one or more file parts, e.g. field `file`) and
 * `GET /api/files/:id`. Registered in its own encapsulated scope, so only these routes
 * accept multipart bodies (GraphQL stays JSON-only).
 */
export const fileRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  await scope.register(fastifyMultipart, { throwFileSizeLimit: true });

  scope.post('/api/files', async (request, reply) => {
    const bearer = typeof request.headers.authorization === 'string' && request.headers.authorization.startsWith('Bearer ');
    // Cookie sessions must prove the request is not a cross-site form post (tokens are never sent by a browser on its own).
    if (!bearer && !request.headers[CSRF_HEADER]) {
      return reply.code(403).send({ error: 'CSRF_REJECTED', message: `请求缺少 ${CSRF_HEADER} 请求头，已按跨站请求伪造防护拒绝` });
    }
    const ctx = await opts.context(request, reply);
    // Informants upload photos of their reports (JPEG/PNG only: checked in saveUploads).
    const refused = refuse(ctx, reply, [FILE_PERMISSION, PHOTO_PERMISSION]);
    if (refused) return refused;
    const { fileMaxBytes: maxBytes, fileMaxCount: maxCount } = ctx.runtime.config;
    try {
      if (!request.isMultipart()) throw fileRejected('FILE_MISSING', '请以 multipart/form-data 格式上传文件');
      // Every part is read (up to the limits) before anything is checked or stored: all or nothing.
      const files: UploadInput[] = [];
      try {
        for await (const part of request.files({ limits: { fileSize: maxBytes, files: maxCount, fields: 10, parts: maxCount + 10, fieldSize: 1024 } })) {
          files.push({ bytes: await part.toBuffer(), name: part.filename });
        }
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
        if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
          throw fileRejected('FILE_TOO_MANY', `每次最多上传 ${maxCount} 个文件`);
        throw e;
      }
      const infos = await saveUploads(ctx, files);
      // One file: its description (as always); several: { files: [...] } in the order sent.
      return reply
        .code(201)
        .header('Cache-Control', 'no-store')
        .send(infos.length === 1 ? infos[0] : { files: infos });
    } catch (e) {
      return sendError(request, reply, e);
    }
  });

  scope.get<{ Params: { id: string } }>('/api/files/:id', async (request, reply) => {
    const ctx = await opts.context(request, reply);
    // Department officers read materials of applications their department handles, informants their own photos (checked in the service).
    const refused = refuse(ctx, reply, [FILE_PERMISSION, 'referral.handle', PHOTO_PERMISSION]);
    if (refused) return refused;
    try {
      const { file, bytes } = await readStoredFile(ctx, request.params.id);
      const ascii = `material-${file.id.slice(0, 8)}.${file.name.split('.').pop()}`;
      return reply
        .header('Content-Type', file.mime)
        .header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(bytes);
    } catch (e) {
      return sendError(request, reply, e);
    }
  });
};
