import { useEffect, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { App, Flex, Image, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { CSRF_HEADER, FILES_URL, MATERIAL_MAX_BYTES, uploadErrorText, type StoredFileInfo } from '../../components/MaterialUpload';

/** Most photos on one report (the server's REPORT_PHOTO_MAX). */
export const REPORT_PHOTO_MAX = 6;
const PHOTO_OK = /\.(jpe?g|png)$/i;

export interface ReportPhoto {
  id: string;
  name: string;
}

/** Thumbnails of a report's photos (served by /api/files/:id to those who may see them); a click opens the viewer. */
export function ReportPhotos({ photos, size = 88, label = '线索照片' }: { photos: readonly ReportPhoto[]; size?: number; label?: string }) {
  if (!photos.length) return null;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={8} data-testid="report-photos">
        {photos.map((p, i) => (
          <Image
            key={p.id}
            width={size}
            height={size}
            src={`/api/files/${p.id}`}
            alt={`${label} ${i + 1}：${p.name}`}
            style={{ objectFit: 'cover', borderRadius: 6, background: '#f5f5f5' }}
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

/**
 * The informant's photo picker: JPG/PNG only, up to 6, each sent at once to the one upload endpoint (/api/files —
 * its checks, the session cookie and the CSRF header); the ids of the uploaded photos go to `onChange`. Thumbnails
 * are drawn from the local file; large tap targets (the picture cards) for phones.
 */
export function ReportPhotoUpload({ value, onChange, id }: { value?: string[]; onChange?: (ids: string[]) => void; id?: string }) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<Array<UploadFile<StoredFileInfo>>>([]);
  // A reset of the form (value emptied) clears the cards.
  useEffect(() => {
    if (!value?.length) setFiles((current) => current.filter((f) => f.status === 'uploading'));
  }, [value]);

  const idsOf = (list: Array<UploadFile<StoredFileInfo>>) =>
    list.filter((f) => f.status === 'done' && f.response && typeof f.response === 'object').map((f) => f.response!.id);

  const props: UploadProps<StoredFileInfo> = {
    action: FILES_URL,
    name: 'file',
    headers: { [CSRF_HEADER]: '1' },
    withCredentials: true,
    accept: '.jpg,.jpeg,.png,image/jpeg,image/png',
    listType: 'picture-card',
    multiple: true,
    maxCount: REPORT_PHOTO_MAX,
    fileList: files,
    beforeUpload: (file, batch) => {
      if (!PHOTO_OK.test(file.name) && !/^image\/(jpeg|png)$/.test(file.type)) {
        message.error(`“${file.name}”不是 JPG 或 PNG 照片`);
        return Upload.LIST_IGNORE;
      }
      if (file.size > MATERIAL_MAX_BYTES) {
        message.error(`“${file.name}”超过 ${MATERIAL_MAX_BYTES / 1024 / 1024} MB，请压缩后再上传`);
        return Upload.LIST_IGNORE;
      }
      if (files.length + batch.indexOf(file) >= REPORT_PHOTO_MAX) {
        message.error(`每条线索最多上传 ${REPORT_PHOTO_MAX} 张照片`);
        return Upload.LIST_IGNORE;
      }
      return true;
    },
    onChange: ({ file, fileList }) => {
      const list = fileList.map((f) => {
        if (f.uid === file.uid && f.status === 'error') {
          const text = uploadErrorText(f.error?.status, f.response);
          message.error(`“${f.name}”上传失败：${text}`);
          return { ...f, response: text as unknown as StoredFileInfo };
        }
        return f;
      });
      setFiles(list);
      if (file.status === 'done' || file.status === 'removed') onChange?.(idsOf(list));
    },
    showUploadList: { showPreviewIcon: false },
  };

  return (
    <div id={id}>
      <Upload<StoredFileInfo> {...props}>
        {files.length >= REPORT_PHOTO_MAX ? null : (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer', minWidth: 44, minHeight: 44 }}>
            <PlusOutlined aria-hidden />
            <div style={{ marginTop: 4 }}>添加照片</div>
          </button>
        )}
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        选填，最多 {REPORT_PHOTO_MAX} 张 JPG、PNG 照片（如住房、生活状况），每张不超过 {MATERIAL_MAX_BYTES / 1024 / 1024} MB；仅窗口工作人员和您本人可见。
      </Typography.Text>
    </div>
  );
}
