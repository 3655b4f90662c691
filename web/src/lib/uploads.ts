import { ApiError, type ApiErrorDetail } from './api.js';

export interface UploadedImage {
  url: string;
  width: number;
  height: number;
}

/** Sends an image's bytes to /uploads; the server checks, resizes and strips it. */
export async function uploadImage(file: Blob, purpose: 'post' | 'avatar' = 'post'): Promise<UploadedImage> {
  if (!file.type.startsWith('image/')) throw new ApiError({ message: 'Only images can be added: JPEG, PNG, WebP or GIF.' });
  const response = await fetch(purpose === 'avatar' ? '/uploads?purpose=avatar' : '/uploads', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': file.type }, body: file });
  const body = (await response.json().catch(() => null)) as (UploadedImage & { errors?: ApiErrorDetail[] }) | null;
  if (!response.ok || !body?.url) throw new ApiError(body?.errors?.[0] ?? { message: `The upload failed (${response.status}). Try again.` });
  return body;
}
