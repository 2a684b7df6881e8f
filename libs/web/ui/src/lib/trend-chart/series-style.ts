import type { SeriesKey } from '@cohesion/contracts';
import { ScaleType, type Color } from '@swimlane/ngx-charts';

export const SERIES_LABEL: Record<SeriesKey, string> = {
  belonging: 'Belonging',
  learning: 'Learning',
  accountability: 'Accountability',
  benefitIndex: 'Benefit index',
};

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; each series also has its own dash
 * pattern (SERIES_DASH), so colour is never the only cue.
 */
const SERIES_COLOUR: Record<SeriesKey, string> = {
  belonging: '#0072B2',
  learning: '#D55E00',
  accountability: '#009E73',
  benefitIndex: '#CC79A7',
};

/** Each series' own dash pattern (SVG stroke-dasharray); belonging is solid. */
export const SERIES_DASH: Record<SeriesKey, string> = {
  belonging: '',
  learning: '8 4',
  accountability: '2 3',
  benefitIndex: '12 3 2 3',
};

export const seriesColour = (key: SeriesKey) => SERIES_COLOUR[key];

export function colourScheme(keys: readonly SeriesKey[]): Color {
  return { name: 'cohesion-measures', selectable: false, group: ScaleType.Ordinal, domain: keys.map((key) => SERIES_COLOUR[key]) };
}
