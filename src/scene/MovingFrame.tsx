import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  BufferGeometry,
  Color,
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
 * and the quad tone maps and encodes what was drawn and lays it over the clear colour as is —
 * the same colours as the full frame.
 * The skin is drawn at its lower level of detail in these frames (skinLod.ts: a quarter of the
 * triangles, once it is made); the still frame draws the full skin (the swap is undone right
 * after the off-screen render, so picking and every other render see the full geometry).
 * `renderer.info` counts the whole moving frame (scene + quad), so the test handle's
 * `lastFrame()` shows what a moving frame draws.
 */
const QUAD_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`;
const QUAD_FRAGMENT = /* glsl */ `
uniform sampler2D tFrame;
uniform vec3 uBackground;
varying vec2 vUv;
void main() {
  vec4 c = texture2D(tFrame, vUv); // premultiplied: cleared to 0, opaque where drawn
  vec3 rgb = c.a > 0.0 ? c.rgb / c.a : vec3(0.0);
#ifdef TONE_MAPPING
  rgb = toneMapping(rgb);
#endif
  vec3 fg = linearToOutputTexel(vec4(rgb, 1.0)).rgb;
  vec3 bg = linearToOutputTexel(vec4(uBackground, 1.0)).rgb;
  gl_FragColor = vec4(mix(bg, fg, c.a), 1.0);
}`;

interface MovingParts {
  target: WebGLRenderTarget;
  material: ShaderMaterial;
  quad: Mesh;
  camera: OrthographicCamera;
  background: Color;
  /** The skin mesh and its low level, once made (null until then: the full skin is drawn). */
  skin: MeshType | null;
  lod: BufferGeometry | null;
}

export default function MovingFrame({ factor }: { factor: number }) {
  const parts = useMemo<MovingParts>(() => {
    const target = new WebGLRenderTarget(1, 1, { samples: 0, depthBuffer: true });
    target.texture.colorSpace = SRGBColorSpace;
    const background = new Color();
    const material = new ShaderMaterial({
      uniforms: { tFrame: { value: target.texture }, uBackground: { value: background } },
      vertexShader: QUAD_VERTEX,
      fragmentShader: QUAD_FRAGMENT,
      depthTest: false,
      depthWrite: false,
    });
    const quad = new Mesh(new PlaneGeometry(2, 2), material);
    quad.frustumCulled = false;
    return {
      target,
      material,
      quad,
      camera: new OrthographicCamera(-1, 1, 1, -1, 0, 1),
      background,
      skin: null,
      lod: null,
    };
  }, []);
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
  if (p.target.width !== w || p.target.height !== h) p.target.setSize(w, h);
  gl.getClearColor(p.background);
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
  gl.setRenderTarget(previous);
  gl.setClearAlpha(alpha);
  gl.render(p.quad, p.camera);
  gl.info.autoReset = true;
}
