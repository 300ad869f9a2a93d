import { createRequire as __revmetaCreateRequire } from 'node:module';
const require = __revmetaCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-JEHH3TVU.js";
import "./chunk-D5CIDCG5.js";
import "./chunk-3TQAK4K4.js";
export default require_dist();
