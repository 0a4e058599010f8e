import landmarksJson from '../../data/anatomy/landmarks.json';
import { indexLandmarks } from '../domain/anatomy/landmarkIndex';
import { lumbosacralRegion } from '../domain/anatomy/highlightRegion';
import { cameraViews } from '../domain/anatomy/views';
import { avoidZone } from '../domain/anatomy/avoidZone';
import type { LandmarksFile } from '../domain/anatomy/types';

/** The anatomy the app runs on: generated with the model by scripts/build-model.ts. */
// Checked against its zod schema by the unit tests (tests/unit/speed/shippedData.test.ts), not
// at run time: the file ships with the app, and zod stays out of the first download (issue 13 §6).
export const LANDMARKS_FILE = landmarksJson as unknown as LandmarksFile;
export const LANDMARKS = indexLandmarks(LANDMARKS_FILE);
export const LUMBOSACRAL_REGION = lumbosacralRegion(LANDMARKS);
export const CAMERA_VIEWS = cameraViews(LANDMARKS);
export const AVOID_ZONE = avoidZone(LANDMARKS);
export const MODEL_URL = `${import.meta.env.BASE_URL}models/back.glb`;
