/** Where the content editor (Decap CMS) lives: never indexed, never searched, its own security policy. */
export const EDITOR_PATH = '/admin/';
