/** Shown instead of the 3D view when the browser has no WebGL. */
export function NoWebGL() {
  return (
    <div className="notice" role="alert">
      <h2>3D view unavailable</h2>
      <p>
        This browser or device cannot show 3D graphics (WebGL is off or not supported). Try a
        current Chrome, Firefox, Safari or Edge, or turn on hardware acceleration in the browser
        settings.
      </p>
    </div>
  );
}
