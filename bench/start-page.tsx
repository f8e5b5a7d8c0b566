// The start benchmark's baseline (bench/start.bench.ts): the least a Vite + React + Konva app
// does to show one stage, built the same way as the renderer.
import { createRoot } from 'react-dom/client';
import { Layer, Rect, Stage } from 'react-konva';

function App() {
  return (
    <Stage width={window.innerWidth} height={window.innerHeight} data-testid="canvas">
      <Layer>
        <Rect x={100} y={100} width={400} height={300} fill="#e4002b" />
      </Layer>
    </Stage>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
