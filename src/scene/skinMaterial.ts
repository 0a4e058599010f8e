import { Color, FrontSide, MeshStandardMaterial, Vector2, Vector3, Vector4, type Matrix4 } from 'three';
import { tablePose } from './TablePose';
import type { AvoidZone } from '../domain/anatomy/avoidZone';
import type { RegionProfile } from '../domain/anatomy/highlightRegion';

/** Uniforms the skin shader reads; mutate `.value` in place (no allocation per frame). */
export interface SkinUniforms {
  uStops: { value: Vector2[] };
  uHighlight: { value: number };
  uHighlightColor: { value: Color };
  uXray: { value: number };
  /** Up to two pressing contacts: xyz in body metres, w = pressure 0..1. */
  uPress: { value: Vector4[] };
  /** The avoid zone over the spinous processes: x = half width, y = top, z = bottom (metres). */
  uAvoidBox: { value: Vector3 };
  /** 0 hidden, 1 shown. */
  uAvoid: { value: number };
  /** 0..1: a hand is near the zone (the zone lights up as a reminder). */
  uAvoidGlow: { value: number };
  /** Room → body frame (the inverse of the body's pose on the table), shared with TablePose. */
  uToBody: { value: Matrix4 };
}

export const HIGHLIGHT_COLOR = '#1f78e0';
export const SKIN_COLOR = '#d9a486';

/**
 * The skin: a standard PBR material with three additions in the shader —
 * the lumbar-sacral highlight (outline from landmarks, soft edge and a thin border line),
 * an x-ray mode (fresnel rim: the relief stays readable, the inside shows through),
 * and darkening under a pressing hand in proportion to its pressure.
 */
export function createSkinMaterial(profile: RegionProfile, avoid: AvoidZone): {
  material: MeshStandardMaterial;
  uniforms: SkinUniforms;
} {
  const uniforms: SkinUniforms = {
    uStops: { value: profile.stops.map((s) => new Vector2(s.y, s.halfWidth)) },
    uHighlight: { value: 1 },
    uHighlightColor: { value: new Color(HIGHLIGHT_COLOR) },
    uXray: { value: 0 },
    uPress: { value: [new Vector4(0, 0, 0, 0), new Vector4(0, 0, 0, 0)] },
    uAvoidBox: { value: new Vector3(avoid.halfWidth, avoid.top, avoid.bottom) },
    uAvoid: { value: 0 },
    uAvoidGlow: { value: 0 },
    // Room → body frame: the body lies posed on the table; the shader works in the body frame.
    uToBody: { value: tablePose.toBody },
  };
  const material = new MeshStandardMaterial({
    color: SKIN_COLOR,
    roughness: 0.62,
    metalness: 0,
    side: FrontSide,
  });
  material.name = 'skin';
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vBodyPos;\nuniform mat4 uToBody;')
      .replace(
        '#include <worldpos_vertex>',
        '#include <worldpos_vertex>\nvBodyPos = (uToBody * modelMatrix * vec4(transformed, 1.0)).xyz;',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
varying vec3 vBodyPos;
uniform vec2 uStops[4];
uniform float uHighlight;
uniform vec3 uHighlightColor;
uniform float uXray;
uniform vec4 uPress[2];
uniform vec3 uAvoidBox;
uniform float uAvoid;
uniform float uAvoidGlow;
float regionHalfWidth(float y) {
  if (y > uStops[0].x || y < uStops[3].x) return -1.0;
  for (int i = 0; i < 3; i++) {
    if (y <= uStops[i].x && y >= uStops[i + 1].x) {
      float t = (uStops[i].x - y) / (uStops[i].x - uStops[i + 1].x);
      return mix(uStops[i].y, uStops[i + 1].y, t);
    }
  }
  return -1.0;
}`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
// Each addition is skipped when its uniform turns it off (the same picture: its weight would be 0);
// a software renderer shades every pixel of the back through this code.
if (uHighlight > 0.0) {
  float hw = regionHalfWidth(vBodyPos.y);
  // signed distance to the outline, metres (positive inside)
  float dx = hw - abs(vBodyPos.x);
  float dy = min(uStops[0].x - vBodyPos.y, vBodyPos.y - uStops[3].x);
  float d = hw < 0.0 ? -1.0 : min(dx, dy);
  float inside = smoothstep(-0.004, 0.012, d);
  float border = 1.0 - smoothstep(0.0015, 0.004, abs(d));
  float h = uHighlight * clamp(inside * 0.55 + border * 0.45, 0.0, 1.0);
  diffuseColor.rgb = mix(diffuseColor.rgb, uHighlightColor, h);
}
if (uAvoid + uAvoidGlow > 0.0) {
  // avoid zone: hatched red strip over the spinous processes
  float inStrip = step(abs(vBodyPos.x), uAvoidBox.x) * step(vBodyPos.y, uAvoidBox.y) * step(uAvoidBox.z, vBodyPos.y);
  float hatch = step(0.5, fract((vBodyPos.y + abs(vBodyPos.x)) / 0.012));
  float a = inStrip * max(uAvoid, uAvoidGlow) * (0.35 + 0.25 * hatch + 0.3 * uAvoidGlow);
  diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.86, 0.12, 0.1), a);
}
for (int i = 0; i < 2; i++) {
  if (uPress[i].w <= 0.0) continue;
  float dist = distance(vBodyPos, uPress[i].xyz);
  float p = uPress[i].w * (1.0 - smoothstep(0.0, 0.06, dist));
  diffuseColor.rgb *= 1.0 - 0.35 * p;
  diffuseColor.r += 0.06 * p;
}`,
      )
      .replace(
        '#include <opaque_fragment>',
        `if (uXray > 0.0) {
  vec3 viewDir = normalize(vViewPosition);
  float facing = abs(dot(normalize(normal), viewDir));
  float rim = pow(1.0 - facing, 2.0);
  diffuseColor.a = mix(diffuseColor.a, mix(0.06, 0.55, rim), uXray);
}
#include <opaque_fragment>`,
      );
  };
  return { material, uniforms };
}

/** Switch the skin between opaque and x-ray without recompiling the shader program. */
export function setSkinXray(material: MeshStandardMaterial, uniforms: SkinUniforms, xray: boolean) {
  uniforms.uXray.value = xray ? 1 : 0;
  if (material.transparent === xray) return;
  material.transparent = xray;
  material.depthWrite = !xray;
  material.needsUpdate = true; // the OPAQUE define depends on `transparent`
}
