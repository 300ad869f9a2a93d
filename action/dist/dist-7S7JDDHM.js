import { createRequire as __revmetaCreateRequire } from 'node:module';
const require = __revmetaCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-RLTXWCQV.js";
import "./chunk-ZAJ7PZBB.js";
import "./chunk-3TQAK4K4.js";
export default require_dist();
