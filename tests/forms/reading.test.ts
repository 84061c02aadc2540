/**
 * Floors of the corpus reading measure (tests/forms/measure.ts): how many figures of the real forms the product
 * reads right, how many real inconsistencies it finds at their cell, and how many error findings are none of them.
 * Raise the floors (lower the false-error ceiling) whenever a reading principle moves the numbers.
 */
import { corpusIds, formatMeasure, measureCorpus, type CorpusMeasure } from './measure';

const FLOORS = { figuresCorrect: 176, found: 72 };
// None: every error on the 37 entries is one of their hand-checked inconsistencies (or about a cell the copy lost).
const FALSE_ERRORS_CEILING = 0;

describe('reading the corpus of real forms', () => {
  let measure: CorpusMeasure;

  beforeAll(async () => {
    measure = await measureCorpus();
  });

  it('measures every entry of the corpus, three to five figures each', () => {
    expect(measure.forms.map((f) => f.id)).toEqual(corpusIds());
    expect(measure.forms.length).toBeGreaterThanOrEqual(16);
    for (const form of measure.forms) expect(form.figures.length).toBeGreaterThanOrEqual(3);
  });

  it('reads at least as many figures right as before', () => {
    // On a regression the whole table says which form and which figure.
    if (measure.figuresCorrect < FLOORS.figuresCorrect) console.log(formatMeasure(measure, true));
    expect(measure.figuresCorrect).toBeGreaterThanOrEqual(FLOORS.figuresCorrect);
  });

  it('finds at least as many real inconsistencies at their cell as before', () => {
    if (measure.found < FLOORS.found) console.log(formatMeasure(measure, true));
    expect(measure.found).toBeGreaterThanOrEqual(FLOORS.found);
  });

  it('raises no more false errors than before', () => {
    if (measure.falseErrors > FALSE_ERRORS_CEILING) console.log(formatMeasure(measure, true));
    expect(measure.falseErrors).toBeLessThanOrEqual(FALSE_ERRORS_CEILING);
  });
});
