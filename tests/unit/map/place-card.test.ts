/**
 * Guards the one place card that both the prerendered list and the map's popups render: a place's name, what
 * it is, the candidate note and every edition's note with its source read the same in both.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import placesData from '../../../content/map/places.json' with { type: 'json' };
import { CandidatesCard, candidatesName, PlaceCard, RouteCard } from '../../../src/map/PlaceCard/index.tsx';
import type { PlacesData } from '../../../src/map/types.ts';

const data = placesData as PlacesData;
const actions = { photo: undefined, onRead: () => {}, onLoad: () => {} };
/** The notes list, which both renderings must hold word for word. */
const notes = (html: string) => html.slice(html.indexOf('<ul class="map-notes">'), html.indexOf('</ul>') + 5);

describe('PlaceCard', () => {
  it.each(data.places)('words $name the same in the list and in its popup', (place) => {
    const list = renderToString(h(PlaceCard, { place }));
    const popup = renderToString(h(PlaceCard, { place, popup: actions }));
    for (const html of [list, popup]) {
      expect(html).toContain(`>${place.name}</h3>`);
      expect(html).toContain(`${place.what}.`);
      expect(html.includes('A candidate: the author does not name the pass.')).toBe(place.candidate);
    }
    expect(notes(popup)).toBe(notes(list));
    expect(notes(list).match(/<li class="map-note">/g)).toHaveLength(place.facts.length);
  });

  it('gives the list a link to the figure and the popup a button, with the photo when there is one', () => {
    const place = data.places[0];
    if (!place) throw new Error('no places');
    expect(renderToString(h(PlaceCard, { place }))).toContain(`<a href="#${place.figureId}" class="map-read">`);
    const photo = { thumbSrc: '/assets/photos/x-400.jpg', caption: 'Her caption.', figureId: place.figureId };
    const popup = renderToString(h(PlaceCard, { place, popup: { ...actions, photo } }));
    expect(popup).toContain('<button type="button">Read in article</button>');
    // alt empty on purpose: the caption right below says what the photo is.
    expect(popup).toMatch(
      /<img alt(="")? decoding="async" src="\/assets\/photos\/x-400\.jpg"\/?><figcaption>Her caption\./,
    );
    expect(popup).not.toContain('The author’s photo');
  });
});

describe('RouteCard and CandidatesCard', () => {
  it('word the route the same in the list and in its popup', () => {
    for (const route of data.routes) {
      const list = renderToString(h(RouteCard, { route }));
      expect(notes(renderToString(h(RouteCard, { route, popup: true })))).toBe(notes(list));
    }
  });

  it('leads from the candidates’ one marker to each pass', () => {
    const candidates = data.places.filter((p) => p.candidate);
    const html = renderToString(h(CandidatesCard, { candidates, actions, onShow: () => {} }));
    expect(html).toContain(`<h3>${candidatesName(candidates)}</h3>`);
    expect(candidatesName(candidates)).toBe('Mountain Pass, Tajikistan: 2 candidate passes');
    for (const name of ['Shahristan Pass', 'Anzob Pass']) expect(html).toContain(`>Show ${name}</button>`);
  });
});
