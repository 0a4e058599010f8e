import { Timer } from 'three';

/**
 * The clock React Three Fiber 9 keeps in its store (`state.clock`), built on THREE.Timer.
 *
 * R3F 9.8 constructs a `THREE.Clock` in its store, and three r183+ warns on every load that
 * Clock is deprecated (upstream: pmndrs/react-three-fiber#3741; R3F 10 drops Clock). Nothing of
 * ours reads `state.clock` (playback runs on its own wall clock, src/state/playback.ts), but R3F
 * reads `getDelta()` / `elapsedTime` / `oldTime` and calls `start()` / `stop()` each frame loop.
 * vite.config.ts swaps R3F's one `new THREE.Clock()` for this class, which keeps Clock's API
 * and meaning on a THREE.Timer, so no deprecated module is constructed.
 */
export class R3FClock {
  autoStart: boolean;
  startTime = 0;
  oldTime = 0;
  elapsedTime = 0;
  running = false;
  private readonly timer = new Timer();

  constructor(autoStart = true) {
    this.autoStart = autoStart;
  }

  private nowMs(): number {
    this.timer.update();
    // Timer.getElapsed() is seconds since the timer was made; Clock kept milliseconds.
    return this.timer.getElapsed() * 1000;
  }

  start(): void {
    this.startTime = this.nowMs();
    this.oldTime = this.startTime;
    this.elapsedTime = 0;
    this.running = true;
  }

  stop(): void {
    this.getElapsedTime();
    this.running = false;
    this.autoStart = false;
  }

  getElapsedTime(): number {
    this.getDelta();
    return this.elapsedTime;
  }

  getDelta(): number {
    let diff = 0;
    if (this.autoStart && !this.running) {
      this.start();
      return 0;
    }
    if (this.running) {
      const now = this.nowMs();
      diff = (now - this.oldTime) / 1000;
      this.oldTime = now;
      this.elapsedTime += diff;
    }
    return diff;
  }
}
