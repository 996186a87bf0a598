// Loaded with `node --import` before the built Electron main bundle: resolves `electron` to the
// stand-in beside this file, so the real bundle can start in plain Node (no Electron binary here).
import { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
