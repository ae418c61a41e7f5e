/**
 * @file `decodeHTML` of the entities package, loaded on first use: the package (its decode and
 * encode tables, ~25 ms of a cold start's main-thread CPU) is needed only by text holding entities
 * (a crawler's remnants, word-box markup, a page's title and meta), and an `xxgk extract` of a plain
 * text file holds none. A static import made every cold start load it (the CLI bundle `require`s its
 * packages at start). Same function, same results.
 */
import { createRequire } from 'node:module';

type Entities = typeof import('entities');
let entitiesLib: Entities | undefined;
const entities = (): Entities => (entitiesLib ??= createRequire(import.meta.url)('entities') as Entities);

/** `entities`' `decodeHTML`: the HTML5 named and numeric character references of `text` decoded. */
export const decodeHTML = (text: string): string => entities().decodeHTML(text);
