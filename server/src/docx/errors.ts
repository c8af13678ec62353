// The one error a .docx reader raises: a message for people (what is wrong with the file), never a stack.

/** A .docx that cannot be read: not a zip, encrypted, truncated, too large, not a Word document, bad XML. */
export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxError';
  }
}
