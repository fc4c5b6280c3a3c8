import type { UiLanguage } from '../state.svelte.ts';

/** The timeline's own words; the zoom buttons' English names are part of the app's contract. */
export const strings = {
  en: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset view',
    controls: 'Timeline zoom',
    canvas: 'Events over time. Plus and minus zoom, arrow keys pan, Home resets.',
    events: (n: number) => (n === 1 ? '1 event' : `${n} events`),
    sourcesDisagree: 'sources disagree',
    close: 'Close',
  },
  nl: {
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    reset: 'Weergave herstellen',
    controls: 'Tijdlijn zoomen',
    canvas: 'Gebeurtenissen in de tijd. Plus en min zoomen, pijltjestoetsen schuiven, Home herstelt.',
    events: (n: number) => (n === 1 ? '1 gebeurtenis' : `${n} gebeurtenissen`),
    sourcesDisagree: 'bronnen spreken elkaar tegen',
    close: 'Sluiten',
  },
} satisfies Record<UiLanguage, unknown>;
