/**
 * map/line-chain on a band whose glyphs a dump could not decode (Ghostscript txtwrite of a Chromium print):
 * '�益' and '服�' are pieces of 社会公益组织 and 法律服务机构 with one letter lost; the note's '之和�' is no piece.
 */
import { lineChain } from '../src/map/line-chain.js';
import { REQUEST_CATEGORIES, REQUEST_GROUP, REQUEST_HEADER, SWAPPABLE_REQUEST } from '../src/map/header-words.js';

const WORDS = [...REQUEST_HEADER.map((w) => w[0]), '申请人情况'];
const keyOf = (word: string): string | readonly string[] | null => (word === REQUEST_GROUP ? [...SWAPPABLE_REQUEST] : (REQUEST_HEADER.find((w) => w[0] === word)?.[1] ?? null));
const chain = (band: string[]): string[] | null => lineChain(band, WORDS, keyOf, REQUEST_CATEGORIES);

describe('line chain with lost letters', () => {
  it('should chain pieces holding a lost letter where one word alone fits them', () => {
    expect(chain(['自 总', '三项�第四项之和� 然 商业 科研 社会 法律 其', '人 \ufffd益 服\ufffd 计', '企业 机构 组织 机构 他'])).toEqual([...REQUEST_CATEGORIES]);
  });

  it('should read the order printed, not the template\'s, with the same losses', () => {
    const printed = chain(['自 总', '然 商业 科研 法律 社会 其', '人 服\ufffd \ufffd益 计', '企业 机构 机构 组织 他']);
    expect(printed).not.toEqual([...REQUEST_CATEGORIES]);
  });
});
