/** Soft studio light: warm key from above-right behind the viewer, cool fill, a rim from the front. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#fff8f0', '#3a3f4a', 1.1]} />
      <directionalLight position={[1.2, 2.2, 2.4]} intensity={2.1} color="#fff3e6" />
      <directionalLight position={[-2, 0.6, 1.2]} intensity={0.7} color="#dde8ff" />
      <directionalLight position={[0, 1.5, -2.5]} intensity={0.9} color="#ffffff" />
    </>
  );
}
