import landmarksJson from '../../data/anatomy/landmarks.json';
import { indexLandmarks } from '../domain/anatomy/landmarkIndex';
import { lumbosacralRegion } from '../domain/anatomy/highlightRegion';
import { cameraViews } from '../domain/anatomy/views';
import { avoidZone } from '../domain/anatomy/avoidZone';
import { parseLandmarksFile } from '../domain/anatomy/parseLandmarks';

/** The anatomy the app runs on: generated with the model by scripts/build-model.ts. */
export const LANDMARKS_FILE = parseLandmarksFile(landmarksJson);
export const LANDMARKS = indexLandmarks(LANDMARKS_FILE);
export const LUMBOSACRAL_REGION = lumbosacralRegion(LANDMARKS);
export const CAMERA_VIEWS = cameraViews(LANDMARKS);
export const AVOID_ZONE = avoidZone(LANDMARKS);
export const MODEL_URL = `${import.meta.env.BASE_URL}models/back.glb`;
