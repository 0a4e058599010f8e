import { useEffect, useMemo } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useBackModel } from './modelLoader';
import { Color, DoubleSide, MeshStandardMaterial, type Material } from 'three';
import { collectStructures, LUMBOSACRAL_BONES, type Structure } from './structures';
import { createSkinMaterial, setSkinXray, HIGHLIGHT_COLOR, type SkinUniforms } from './skinMaterial';
import { AVOID_ZONE, LUMBOSACRAL_REGION } from '../state/anatomy';
import { useViewer, type ViewerState } from '../state/store';
import { sceneHandles } from '../state/sceneHandles';

const LAYER_MATERIALS = {
  bones: () => new MeshStandardMaterial({ color: '#efe6d2', roughness: 0.55 }),
  muscles: () => new MeshStandardMaterial({ color: '#b8433f', roughness: 0.5 }),
  nerves: () =>
    new MeshStandardMaterial({ color: '#f2c230', emissive: '#5a4300', roughness: 0.4, side: DoubleSide }),
} as const;

const highlightEmissive = new Color(HIGHLIGHT_COLOR).multiplyScalar(0.45);
const black = new Color(0, 0, 0);
const selectedEmissive = new Color('#ff4d1a').multiplyScalar(0.85);
/** Each material's own emissive (the nerve glows a little), restored when deselected. */
const baseEmissive = new Map<string, Color>();

/** Show/hide and tint every structure to match the store. Runs on store changes, not per frame. */
function applyViewerState(
  s: ViewerState,
  structures: Map<string, Structure>,
  skin: { material: MeshStandardMaterial; uniforms: SkinUniforms },
) {
  for (const st of structures.values()) {
    const layerOn = st.layer === 'skin' ? s.skin !== 'hidden' : s.layers[st.layer];
    const isolated = s.isolate && s.selected !== null;
    st.mesh.visible = (isolated ? st.id === s.selected : layerOn) && !s.hiddenStructures.includes(st.id);
    if (st.layer !== 'skin') {
      // The selected structure glows; on the bone layer the lumbar-sacral bones are tinted.
      const mat = st.mesh.material as MeshStandardMaterial;
      const selected = st.id === s.selected;
      const lit = st.layer === 'bones' && s.highlight && LUMBOSACRAL_BONES.has(st.id);
      mat.emissive.copy(selected ? selectedEmissive : lit ? highlightEmissive : (baseEmissive.get(st.id) ?? black));
    }
  }
  setSkinXray(skin.material, skin.uniforms, s.skin === 'xray');
  skin.uniforms.uHighlight.value = s.highlight ? 1 : 0;
  skin.uniforms.uAvoid.value = s.avoidZone ? 1 : 0;
}

/** The generated back model (public/models/back.glb): skin, bones, muscles, nerve. */
export function BackModel() {
  const gltf = useBackModel();
  const invalidate = useThree((s) => s.invalidate);
  const structures = useMemo(() => collectStructures(gltf.scene), [gltf]);
  const skin = useMemo(() => createSkinMaterial(LUMBOSACRAL_REGION, AVOID_ZONE), []);

  useEffect(() => {
    const created: Material[] = [skin.material];
    for (const st of structures.values()) {
      if (st.layer === 'skin') {
        st.mesh.material = skin.material;
      } else {
        const m = LAYER_MATERIALS[st.layer]();
        m.name = st.id;
        baseEmissive.set(st.id, m.emissive.clone());
        created.push(m);
        st.mesh.material = m;
      }
      st.mesh.renderOrder = st.layer === 'skin' ? 2 : 1;
    }
    sceneHandles.skinUniforms = skin.uniforms;
    useViewer
      .getState()
      .setStructureNames(Object.fromEntries([...structures.values()].map((st) => [st.id, st.name])));
    const apply = (s: ViewerState) => {
      applyViewerState(s, structures, skin);
      invalidate();
    };
    apply(useViewer.getState());
    const unsubscribe = useViewer.subscribe(apply);
    return () => {
      unsubscribe();
      sceneHandles.skinUniforms = null;
      created.forEach((m) => m.dispose());
    };
  }, [structures, skin, invalidate]);

  /** First visible structure under the pointer; x-ray skin lets the inside be picked. */
  const pick = (e: ThreeEvent<PointerEvent | MouseEvent>): string | null => {
    const xray = useViewer.getState().skin === 'xray';
    for (const hit of e.intersections) {
      const id = hit.object.userData.id as string | undefined;
      if (!id || !hit.object.visible) continue;
      if (xray && id === 'skin') continue;
      return id;
    }
    return null;
  };

  return (
    <primitive
      object={gltf.scene}
      onPointerMove={(e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation();
        const id = pick(e);
        if (useViewer.getState().hovered !== id) useViewer.getState().setHovered(id);
      }}
      onPointerOut={() => useViewer.getState().setHovered(null)}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation();
        const st = useViewer.getState();
        if (st.tapMode) {
          // Quiz answers are scored on the skin where the user tapped.
          const hit = e.intersections.find((h) => h.object.userData.id === 'skin') ?? e.intersections[0];
          if (hit) {
            // The room point back into the body frame (the body lies posed on the table).
            const p = gltf.scene.worldToLocal(hit.point.clone());
            st.tap([p.x, p.y, p.z]);
          }
          return;
        }
        st.select(pick(e));
      }}
    />
  );
}
