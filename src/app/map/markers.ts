import type * as Leaflet from 'leaflet';
import './markers.css';

/** What a place marker shows and does; MapView decides, this module builds Leaflet's DOM for it. */
export interface PlaceMarkerSpec {
  /** Where the marker stands (a cluster's weighted centre). */
  at: Leaflet.LatLngExpression;
  ids: string[];
  count: number;
  /** Diameter in pixels. */
  size: number;
  /** Accessible name: "Almaty, 3 events". */
  name: string;
  /** Visible label beside the marker (landmarks), if any. */
  label?: string;
  cluster: boolean;
  area: boolean;
  /** False for markers reached another way (the Elsewhere list): no tab stop, hidden from screen readers. */
  keyboard: boolean;
  onPress: () => void;
}

export interface PlaceMarker {
  element: HTMLElement;
  ids: string[];
  /** Removes the listeners added here; the layer's removal takes the DOM away. */
  dispose: () => void;
}

// Built as nodes, not an HTML string: place names come from user-editable data.
function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

export function addPlaceMarker(
  leaflet: typeof Leaflet,
  layer: Leaflet.LayerGroup,
  spec: PlaceMarkerSpec,
): PlaceMarker | null {
  const body = span('marker-body', '');
  body.append(span('marker-count', String(spec.count)));
  if (spec.label) body.append(span('marker-label', spec.label));
  const className = ['place-marker', spec.cluster ? 'is-cluster' : '', spec.area ? 'is-area' : '']
    .filter(Boolean)
    .join(' ');
  const marker = leaflet.marker(spec.at, {
    keyboard: spec.keyboard,
    riseOnHover: true,
    icon: leaflet.divIcon({ className, html: body, iconSize: [spec.size, spec.size] }),
  });
  // Leaflet gives the icon role=button and a tab stop but opens only popups on Enter.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    spec.onPress();
  };
  marker.on('click', spec.onPress);
  marker.addTo(layer);
  const element = marker.getElement();
  if (!element) {
    marker.off();
    return null;
  }
  element.addEventListener('keydown', onKey);
  element.setAttribute('aria-label', spec.name);
  element.dataset.placeIds = spec.ids.join(' ');
  if (!spec.keyboard) element.setAttribute('aria-hidden', 'true');
  return {
    element,
    ids: spec.ids,
    dispose: () => {
      element.removeEventListener('keydown', onKey);
      marker.off();
    },
  };
}

/** A landmark with no event in view: a small labelled dot for orientation, not a control. */
export function addLandmarkLabel(
  leaflet: typeof Leaflet,
  layer: Leaflet.LayerGroup,
  at: Leaflet.LatLngExpression,
  label: string,
): void {
  leaflet
    .marker(at, {
      interactive: false,
      keyboard: false,
      icon: leaflet.divIcon({
        className: 'landmark-context',
        html: span('marker-label', label),
        iconSize: [8, 8],
      }),
    })
    .addTo(layer)
    .getElement()
    ?.setAttribute('aria-hidden', 'true');
}
