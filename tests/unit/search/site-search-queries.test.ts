import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../src/search/search-engine';
import { siteSearchIndex } from './site-index';

/**
 * What residents type, and where the first result must send them. The index is the real one,
 * built from the content on disk by the same function as /search-index.json. Each query names
 * the forgiveness it exercises: folding (hyphens, digits, superscripts, accents, US spelling),
 * one typo in a word of five letters or more, and synonyms or abbreviations carried by the
 * chapters' `keywords` and the glossary's other names.
 */
const expectedFirst: readonly (readonly [query: string, url: string, why: string])[] = [
  // folding: hyphens, digits, superscripts, accents, American spelling
  ['GLP1', '/glossary/#glp-1', 'GLP1 = GLP-1'],
  ['GLP-1', '/glossary/#glp-1', 'the written form'],
  ['Ki67', '/glossary/#ki-67', 'Ki67 = Ki-67'],
  ['ki 67', '/glossary/#ki-67', 'a space for the hyphen'],
  ['68Ga PET', '/chapters/anatomical-and-functional-imaging/#ga-dota-peptide-petct', '68Ga = ⁶⁸Ga'],
  ['68Ga', '/glossary/#ga68-generator', 'the isotope alone'],
  ['⁶⁸Ga-DOTATATE', '/glossary/#dotatate', 'superscript isotope typed as on the page'],
  ['MEN1', '/glossary/#men-1', 'MEN1 = MEN-1'],
  ['RECIST 1.1', '/chapters/follow-up-and-response/#recist-11-size-only', 'a version number'],
  ['NETTER 1', '/chapters/treatment/', 'NETTER 1 = NETTER-1 (a chapter keyword)'],
  ['WHO 2019', '/chapters/introduction-and-work-up/', 'the classification, by year'],
  ['hemangioma', '/chapters/liver-metastases/', 'American spelling of haemangioma'],
  ['characterization', '/chapters/pancreatic-nets-characterisation/', 'American spelling of characterisation'],
  ['gastrinóma', '/glossary/#gastrinoma', 'a stray accent'],
  ['T2 shine-through', '/glossary/#t2-shine-through', 'digits and hyphen together'],
  // one typo in a word of five letters or more
  ['apendix', '/chapters/ileal-and-appendiceal-nets/#nets-of-the-appendix', 'a missing letter'],
  ['Zollinger-Elison', '/glossary/#zollinger-ellison', 'a missing letter in a hyphenated eponym'],
  ['zollinger elison', '/glossary/#zollinger-ellison', 'the same, spaced'],
  ['insulnoma', '/glossary/#insulinoma', 'a missing letter'],
  ['gastrinomma', '/glossary/#gastrinoma', 'an extra letter'],
  ['enteroclyssi', '/glossary/#enteroclysis', 'two letters swapped'],
  ['sunitnib', '/glossary/#sunitinib', 'a missing letter in a drug name'],
  // synonyms and abbreviations
  ['pNET', '/glossary/#pnet', 'abbreviation'],
  ['SI-NET', '/chapters/ileal-and-appendiceal-nets/', 'small-intestinal NET, a chapter keyword'],
  [
    'carcinoid syndrome',
    '/chapters/ileal-and-appendiceal-nets/#why-the-carcinoid-syndrome-means-liver-metastases',
    'the legacy name',
  ],
  ['Octreoscan', '/glossary/#octreoscan', 'a trade name'],
  ['Primovist', '/glossary/#gadoxetate', 'a trade name of gadoxetate'],
  ['Whipple', '/glossary/#whipple', 'the eponym of pancreaticoduodenectomy'],
  ['splenule', '/glossary/#intrapancreatic-accessory-spleen', 'another name of the accessory spleen'],
  ['TACE', '/chapters/liver-metastases/#transarterial-therapies', 'abbreviation of chemoembolisation'],
  ['DECT', '/glossary/#dual-energy-ct', 'abbreviation of dual-energy CT'],
  ['MiNEN', '/glossary/#minen', 'WHO 2019 term'],
  ['Krenning', '/glossary/#krenning-score', 'the uptake scale'],
  // topics a resident looks up
  [
    'choi criteria',
    '/chapters/follow-up-and-response/#choi-criteria-size-or-density',
    'chapter section before glossary',
  ],
  ['mRECIST', '/chapters/follow-up-and-response/#mrecist-viable-tumour-only', 'chapter section before glossary'],
  ['uncinate process', '/chapters/anatomical-and-functional-imaging/#reading-receptor-pet', 'a receptor PET pitfall'],
  ['sclerosing mesenteritis', '/glossary/#sclerosing-mesenteritis', 'the mimic of the mesenteric mass'],
  ['rectal NET size', '/chapters/colorectal-nets/', 'the rectal size thresholds'],
  ['NET G3', '/chapters/treatment/#chemotherapy-for-nec-and-net-g3', 'NET G3 against NEC'],
  ['future liver remnant', '/glossary/#future-liver-remnant', 'FLR'],
  ['gastrinoma triangle', '/glossary/#gastrinoma-triangle', 'where gastrinomas hide'],
  ['MRCP', '/glossary/#mrcp', 'abbreviation'],
  ['hepatobiliary phase', '/glossary/#hepatobiliary-phase', 'gadoxetate phase'],
  ['dual energy CT', '/chapters/optimising-ct/#dual-energy-ct', 'technique section'],
  ['low kv', '/glossary/#low-kv-ct', 'technique'],
  [
    'radiomics kurtosis',
    '/chapters/pancreatic-nets-characterisation/#radiomics-and-histogram-analysis',
    'histogram parameter',
  ],
  ['desmoplastic reaction', '/glossary/#desmoplastic-reaction', 'the mesenteric sign'],
  ['primary hepatic NET', '/chapters/primary-hepatic-net/', 'a chapter title'],
  ['creeping progression', '/chapters/follow-up-and-response/', 'comparing with the baseline'],
  ['tumour thrombus', '/glossary/#tumour-thrombus', 'a pNET sign'],
  ['Frilling', '/chapters/liver-metastases/', 'growth patterns of liver metastases'],
  ['goblet cell', '/chapters/ileal-and-appendiceal-nets/', 'goblet-cell adenocarcinoma of the appendix'],
  [
    'calcium stimulation',
    '/chapters/pancreatic-nets-detection/#nuclear-medicine-receptor-pet-fdg-and-glp-1',
    'the occult insulinoma',
  ],
];

describe('the site search, on the real index', () => {
  const search = createSearch(siteSearchIndex());

  it('has a test set of at least 40 queries', () => {
    expect(expectedFirst.length).toBeGreaterThanOrEqual(40);
  });

  it.each(expectedFirst)('"%s" → %s (%s)', (query, url) => {
    expect(search(query, 3).map((h) => h.record.url)[0]).toBe(url);
  });

  it('folds a query the same whichever way the term is written', () => {
    const urls = (q: string) => search(q, 5).map((h) => h.record.url);
    expect(urls('GLP1')).toEqual(urls('GLP-1'));
    expect(urls('Ki67')).toEqual(urls('Ki-67'));
    expect(urls('68Ga')).toEqual(urls('⁶⁸Ga'));
    expect(urls('apendix')).toEqual(urls('appendix'));
  });
});
