import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Typography, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { useEffect, useState } from 'react';
import { downloadFile } from './download';

/** The server's upload endpoint (packages/server/src/modules/files/files.http.ts). */
export const FILES_URL = '/api/files';
/** Header the server requires on cookie-authenticated uploads (CSRF protection). */
export const CSRF_HEADER = 'x-xiejiu-csrf';
/** Default server limit (FILE_MAX_BYTES); the server checks again and answers in Chinese. */
export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
/** Default server limit of an image side in pixels (IMAGE_MAX_SIDE); the server checks the declared dimensions. */
export const MATERIAL_MAX_SIDE = 10000;
export const MATERIAL_ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';

/** What the server answers for one stored file. */
export interface StoredFileInfo {
  id: string;
  mime: string;
  size: number;
  name: string;
  sha256: string;
}

export interface MaterialUploadProps {
  /** Ids of the stored files (controlled, e.g. by a Form.Item). */
  value?: string[];
  onChange?: (fileIds: string[]) => void;
  /** Display names of files already in `value` (id → name), e.g. when editing. */
  names?: Record<string, string>;
  maxCount?: number;
  disabled?: boolean;
  /** Text of the button (default 上传材料). */
  buttonText?: string;
  id?: string;
}

const TYPE_OK = /\.(jpe?g|png|pdf)$/i;

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The Chinese reason of a refused upload: the server's `message`, or one for the HTTP status. */
export function uploadErrorText(status: number | undefined, body: unknown): string {
  const message = body && typeof body === 'object' && 'message' in body ? String((body as { message: unknown }).message) : '';
  if (message) return message;
  if (status === 401) return '登录已过期，请重新登录后再上传';
  if (status === 403) return '您没有权限上传申请材料';
  if (status === 413) return `文件超过 ${formatSize(MATERIAL_MAX_BYTES)} 的大小上限`;
  if (!status) return '无法连接服务器，请检查网络后重试';
  return `上传失败（HTTP ${status}）`;
}

/**
 * Uploads application materials (JPG, PNG, PDF) to `/api/files` with the session cookie and
 * the CSRF header, one request per file, and reports the ids of the uploaded files through
 * `onChange`. Clicking a finished file downloads it. Generic: the workflow pages decide what
 * the ids are linked to.
 */
export function MaterialUpload(props: MaterialUploadProps) {
  const { message } = App.useApp();
  const { value, onChange, names, maxCount = 20, disabled, buttonText = '上传材料' } = props;
  const [files, setFiles] = useState<Array<UploadFile<StoredFileInfo>>>(() => fromIds(value ?? [], names));

  // Follow the controlled value: drop files removed by the parent, show ids added by it.
  useEffect(() => {
    const ids = value ?? [];
    setFiles((current) => {
      const done = current.filter((f) => f.status !== 'done' || ids.includes(idOf(f)!));
      const known = new Set(done.map(idOf));
      return [
        ...done,
        ...fromIds(
          ids.filter((id) => !known.has(id)),
          names,
        ),
      ];
    });
  }, [value, names]);

  const emit = (list: Array<UploadFile<StoredFileInfo>>) => {
    const ids = list
      .filter((f) => f.status === 'done')
      .map(idOf)
      .filter((id): id is string => !!id);
    const before = value ?? [];
    if (ids.length !== before.length || ids.some((id, i) => id !== before[i])) onChange?.(ids);
  };

  const uploadProps: UploadProps<StoredFileInfo> = {
    action: FILES_URL,
    name: 'file',
    headers: { [CSRF_HEADER]: '1' },
    withCredentials: true,
    accept: MATERIAL_ACCEPT,
    multiple: true,
    maxCount,
    disabled,
    fileList: files,
    beforeUpload: (file) => {
      if (!TYPE_OK.test(file.name)) {
        message.error(`“${file.name}”不是 JPG、PNG 或 PDF 文件`);
        return Upload.LIST_IGNORE;
      }
      if (file.size === 0) {
        message.error(`“${file.name}”是空文件`);
        return Upload.LIST_IGNORE;
      }
      if (file.size > MATERIAL_MAX_BYTES) {
        message.error(`“${file.name}”超过 ${formatSize(MATERIAL_MAX_BYTES)}，请压缩或分页后上传`);
        return Upload.LIST_IGNORE;
      }
      return true;
    },
    onChange: ({ file, fileList }) => {
      const list = fileList.map((f) => {
        if (f.uid !== file.uid) return f;
        if (f.status === 'error') {
          const text = uploadErrorText(f.error?.status, f.response);
          message.error(`“${f.name}”上传失败：${text}`);
          // A string response is what the list shows as the item's tooltip.
          return { ...f, response: text as unknown as StoredFileInfo };
        }
        if (f.status === 'done' && f.response) return { ...f, name: f.response.name };
        return f;
      });
      setFiles(list);
      if (file.status === 'done' || file.status === 'removed') emit(list);
    },
    onPreview: (file) => {
      const id = idOf(file);
      if (id) downloadFile(`${FILES_URL}/${id}`, file.name).catch((e: Error) => message.error(e.message));
    },
  };

  const uploading = files.some((f) => f.status === 'uploading');
  return (
    <div id={props.id}>
      <Upload<StoredFileInfo> {...uploadProps}>
        <Button icon={<UploadOutlined />} disabled={disabled || files.length >= maxCount} loading={uploading}>
          {buttonText}
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
        支持 JPG、PNG 图片和 PDF 文件，单个文件不超过 {formatSize(MATERIAL_MAX_BYTES)}，图片每边不超过 {MATERIAL_MAX_SIDE}{' '}
        像素；按文件内容识别类型，含脚本、嵌入文件或已加密的 PDF 会被拒收。
      </Typography.Text>
    </div>
  );
}

/** The stored file's id: from the server's answer, or the uid of a file shown from `value`. */
function idOf(f: UploadFile<StoredFileInfo>): string | undefined {
  return f.response && typeof f.response === 'object' ? f.response.id : f.status === 'done' ? f.uid : undefined;
}

function fromIds(ids: string[], names?: Record<string, string>): Array<UploadFile<StoredFileInfo>> {
  return ids.map((id) => ({ uid: id, name: names?.[id] ?? `材料 ${id.slice(0, 8)}`, status: 'done' as const }));
}
