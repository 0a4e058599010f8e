import { Canvas } from '@react-three/fiber';

export function App() {
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <Canvas frameloop="demand" camera={{ position: [0, 0, 3] }}>
        <ambientLight />
        <mesh>
          <boxGeometry />
          <meshStandardMaterial color="orange" />
        </mesh>
      </Canvas>
    </div>
  );
}
