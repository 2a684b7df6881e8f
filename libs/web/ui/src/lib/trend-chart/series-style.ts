import type { SeriesKey } from '@cohesion/contracts';
import { ScaleType, type Color } from '@swimlane/ngx-charts';

export const SERIES_LABEL: Record<SeriesKey, string> = {
  belonging: 'Belonging',
  learning: 'Learning',
  accountability: 'Accountability',
  benefitIndex: 'Benefit index',
};

/** One line's look: its colour and its dash pattern (SVG stroke-dasharray; empty is solid). */
export interface LineStyle {
  colour: string;
  dash: string;
}

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies, each with its own dash pattern so
 * that colour is never the only cue. The global `.ch-chart` styles dash ngx-charts' lines by these colours.
 */
export const CHART_PALETTE: readonly LineStyle[] = [
  { colour: '#0072B2', dash: '' },
  { colour: '#D55E00', dash: '8 4' },
  { colour: '#009E73', dash: '2 3' },
  { colour: '#CC79A7', dash: '12 3 2 3' },
  { colour: '#E69F00', dash: '4 4' },
  { colour: '#56B4E9', dash: '1 2' },
  { colour: '#000000', dash: '10 2' },
];

/** The nth line's style, cycling through the palette. */
export const paletteStyle = (index: number): LineStyle => CHART_PALETTE[index % CHART_PALETTE.length];

const SERIES_STYLE: Record<SeriesKey, LineStyle> = {
  belonging: CHART_PALETTE[0],
  learning: CHART_PALETTE[1],
  accountability: CHART_PALETTE[2],
  benefitIndex: CHART_PALETTE[3],
};
const SERIES_COLOUR = Object.fromEntries(Object.entries(SERIES_STYLE).map(([key, style]) => [key, style.colour])) as Record<SeriesKey, string>;

/** Each series' own dash pattern; belonging is solid. */
export const SERIES_DASH = Object.fromEntries(Object.entries(SERIES_STYLE).map(([key, style]) => [key, style.dash])) as Record<SeriesKey, string>;

export const seriesColour = (key: SeriesKey) => SERIES_COLOUR[key];

export function colourScheme(keys: readonly SeriesKey[]): Color {
  return { name: 'cohesion-measures', selectable: false, group: ScaleType.Ordinal, domain: keys.map((key) => SERIES_COLOUR[key]) };
}
