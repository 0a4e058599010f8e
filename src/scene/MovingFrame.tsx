import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  ACESFilmicToneMapping,
  AgXToneMapping,
  BufferGeometry,
  CineonToneMapping,
  Color,
  LinearToneMapping,
  NeutralToneMapping,
  ReinhardToneMapping,
  ShaderChunk,
  type ToneMapping,
  Mesh,
  OrthographicCamera,
  PlaneGeometry,
  SRGBColorSpace,
  ShaderMaterial,
  WebGLRenderTarget,
  type Camera,
  type Mesh as MeshType,
  type Scene,
  type WebGLRenderer,
} from 'three';
import { findSkin, skinLod } from './skinLod';

/**
 * While mounted, draws every frame into an off-screen image of `factor` × the canvas's size,
 * without multisampling, then onto the canvas as one quad (R3F skips its own render while a
 * frame callback of priority 1 exists). three leaves tone mapping and the output encoding out
 * when it draws into an off-screen target, and the canvas's clear colour is never tone mapped:
 * so the image is cleared transparent, stored as sRGB (8 bits without banding in the shadows),
 * then tone mapped, encoded and laid over the clear colour as is — the same colours as the full
 * frame. That last step runs at the image's size into a second small image (a pass of its own:
 * per pixel it costs three times a plain copy in SwiftShader, 32–57 ms at the canvas's full size
 * against 8–15 ms for a copy), and the quad on the canvas only copies it, scaled.
 * The skin is drawn at its lower level of detail in these frames (skinLod.ts: a quarter of the
 * triangles, once it is made); the still frame draws the full skin (the swap is undone right
 * after the off-screen render, so picking and every other render see the full geometry).
 * `renderer.info` counts the whole moving frame (scene + two quads), so the test handle's
 * `lastFrame()` shows what a moving frame draws.
 */
const QUAD_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`;
/** three's names of its tone-mapping functions (ShaderChunk.tonemapping_pars_fragment). */
const TONE_MAPPING_FUNCTIONS: Partial<Record<ToneMapping, string>> = {
  [LinearToneMapping]: 'LinearToneMapping',
  [ReinhardToneMapping]: 'ReinhardToneMapping',
  [CineonToneMapping]: 'CineonToneMapping',
  [ACESFilmicToneMapping]: 'ACESFilmicToneMapping',
  [AgXToneMapping]: 'AgXToneMapping',
  [NeutralToneMapping]: 'NeutralToneMapping',
};
/**
 * The scene's image → the canvas's colours: tone mapping, output encoding, over the background
 * (given already encoded). Written out here: drawn into an off-screen image, three would leave
 * out both (its `toneMapping` and `linearToOutputTexel` are the identity there).
 */
function toneFragment(toneMapping: ToneMapping, srgb: boolean): string {
  const fn = TONE_MAPPING_FUNCTIONS[toneMapping];
  return /* glsl */ `
uniform sampler2D tFrame;
uniform vec3 uBackground;
varying vec2 vUv;
${fn ? ShaderChunk.tonemapping_pars_fragment : ''}
void main() {
  vec4 c = texture2D(tFrame, vUv); // premultiplied: cleared to 0, opaque where drawn
  vec3 rgb = c.a > 0.0 ? c.rgb / c.a : vec3(0.0);
  ${fn ? `rgb = ${fn}(rgb);` : ''}
  vec3 fg = ${srgb ? 'sRGBTransferOETF(vec4(rgb, 1.0)).rgb' : 'rgb'};
  gl_FragColor = vec4(mix(uBackground, fg, c.a), 1.0);
}`;
}
const COPY_FRAGMENT = /* glsl */ `
uniform sampler2D tFrame;
varying vec2 vUv;
void main() {
  gl_FragColor = texture2D(tFrame, vUv);
}`;

interface MovingParts {
  target: WebGLRenderTarget;
  /** The tone-mapped, encoded image (the target's size). */
  toned: WebGLRenderTarget;
  toneQuad: Mesh;
  material: ShaderMaterial;
  quad: Mesh;
  camera: OrthographicCamera;
  background: Color;
  /** The skin mesh and its low level, once made (null until then: the full skin is drawn). */
  skin: MeshType | null;
  lod: BufferGeometry | null;
}

export default function MovingFrame({ factor }: { factor: number }) {
  const gl = useThree((s) => s.gl);
  const parts = useMemo<MovingParts>(() => {
    const target = new WebGLRenderTarget(1, 1, { samples: 0, depthBuffer: true });
    target.texture.colorSpace = SRGBColorSpace;
    // Holds the canvas's own colour values: no colour space, copied as they are.
    const toned = new WebGLRenderTarget(1, 1, { samples: 0, depthBuffer: false });
    const background = new Color();
    const plane = new PlaneGeometry(2, 2);
    const toneMaterial = new ShaderMaterial({
      uniforms: {
        tFrame: { value: target.texture },
        uBackground: { value: background },
        toneMappingExposure: { value: gl.toneMappingExposure },
      },
      vertexShader: QUAD_VERTEX,
      fragmentShader: toneFragment(gl.toneMapping, gl.outputColorSpace === SRGBColorSpace),
      depthTest: false,
      depthWrite: false,
    });
    const toneQuad = new Mesh(plane, toneMaterial);
    toneQuad.frustumCulled = false;
    const material = new ShaderMaterial({
      uniforms: { tFrame: { value: toned.texture } },
      vertexShader: QUAD_VERTEX,
      fragmentShader: COPY_FRAGMENT,
      depthTest: false,
      depthWrite: false,
    });
    const quad = new Mesh(plane, material);
    quad.frustumCulled = false;
    return {
      target,
      toned,
      toneQuad,
      material,
      quad,
      camera: new OrthographicCamera(-1, 1, 1, -1, 0, 1),
      background,
      skin: null,
      lod: null,
    };
  }, [gl]);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    // Mounted once per movement: the level is made on the first (cached per geometry after).
    const skin = findSkin(scene);
    if (!skin) return;
    let live = true;
    void skinLod(skin.geometry as BufferGeometry).then((lod) => {
      if (!live || !lod) return;
      parts.skin = skin;
      parts.lod = lod;
    });
    return () => {
      live = false;
      parts.skin = null;
      parts.lod = null;
    };
  }, [scene, parts]);
  useEffect(
    () => () => {
      parts.target.dispose();
      parts.toned.dispose();
      (parts.toneQuad.material as ShaderMaterial).dispose();
      parts.material.dispose();
      parts.quad.geometry.dispose();
    },
    [parts],
  );
  useFrame(({ gl, scene, camera }) => drawMoving(gl, scene, camera, parts, factor), 1);
  return null;
}

function drawMoving(gl: WebGLRenderer, scene: Scene, camera: Camera, p: MovingParts, factor: number) {
  const w = Math.max(1, Math.round(gl.domElement.width * factor));
  const h = Math.max(1, Math.round(gl.domElement.height * factor));
  if (p.target.width !== w || p.target.height !== h) {
    p.target.setSize(w, h);
    p.toned.setSize(w, h);
  }
  gl.getClearColor(p.background);
  // the background as the canvas shows it (its clear colour is encoded, never tone mapped)
  if (gl.outputColorSpace === SRGBColorSpace) p.background.convertLinearToSRGB();
  (p.toneQuad.material as ShaderMaterial).uniforms.toneMappingExposure!.value = gl.toneMappingExposure;
  const alpha = gl.getClearAlpha();
  const previous = gl.getRenderTarget();
  gl.setClearAlpha(0);
  gl.setRenderTarget(p.target);
  gl.info.autoReset = false; // count the scene and the quad together
  gl.info.reset();
  const { skin, lod } = p;
  const full = skin && lod && skin.geometry !== lod ? skin.geometry : null;
  if (skin && lod && full) skin.geometry = lod;
  gl.render(scene, camera);
  if (skin && full) skin.geometry = full;
  gl.setClearAlpha(alpha);
  gl.setRenderTarget(p.toned);
  gl.render(p.toneQuad, p.camera);
  gl.setRenderTarget(previous);
  gl.render(p.quad, p.camera);
  gl.info.autoReset = true;
}
