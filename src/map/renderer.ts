/**
 * Whether WebGL runs in software (SwiftShader, llvmpipe: a machine or VM without a usable GPU).
 * There, multisample antialiasing costs most of each frame (measured: an update drawn in
 * 80–330 ms with it, 17–45 ms without, on 2 cores), so the map on screen goes without it, and so
 * does a 1× image export, which reads that map (see snapshot.ts).
 */
let software: boolean | undefined;

export function softwareWebGL(): boolean {
  if (software !== undefined) return software;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return (software = false);
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  software = /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
  return software;
}
