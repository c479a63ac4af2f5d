export function copyProject(root: string, prefix: string): string;
export function buildCopy(dir: string, root: string): { status: number | null; stdout: string; stderr: string };
