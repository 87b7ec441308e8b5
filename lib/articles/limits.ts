/** Most text one article may hold, in UTF-8 bytes (2 MB). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Largest file accepted for import (HTML carries markup around its text). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Largest import request: a file at the limit plus the form's other fields. */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES + 1024 * 1024;
