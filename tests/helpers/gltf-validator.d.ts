declare module 'gltf-validator' {
  export interface ValidationReport {
    issues: { numErrors: number; numWarnings: number; numInfos: number; messages: Array<{ code: string; message: string; severity: number; pointer?: string }> };
    info?: { totalTriangleCount?: number; extensionsUsed?: string[] };
  }
  export function validateBytes(data: Uint8Array, options?: { maxIssues?: number; uri?: string }): Promise<ValidationReport>;
}
