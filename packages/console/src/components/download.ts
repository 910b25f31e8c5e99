/**
 * Downloads a file from a same-origin REST endpoint with the session cookie. The response is
 * fetched first so that a refusal (JSON `{ error, message }` from the server) can be shown as its
 * Chinese message instead of being saved as a broken file.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new Error('无法连接服务器，请检查网络后重试');
  }
  const type = res.headers.get('Content-Type') ?? '';
  if (!res.ok || type.includes('application/json')) {
    const body = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
    throw Object.assign(new Error(body?.message ?? `下载失败（HTTP ${res.status}）`), { code: body?.error });
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** `attachment; filename*=UTF-8''%E6%88%B7….xlsx` (RFC 5987) or `filename="…"` */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}
