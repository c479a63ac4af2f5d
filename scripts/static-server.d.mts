export function parseHeaders(text: string): Array<[string, Array<[string, string]>]>;
export function serve(options: { root: string; port?: number; host?: string }): Promise<{
  url: string;
  port: number;
  close: () => Promise<void>;
}>;
