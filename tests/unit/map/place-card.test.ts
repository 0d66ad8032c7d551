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
import { map as english } from '../../../src/i18n/messages/en/map.ts';

const data = placesData as PlacesData;
const actions = { photo: undefined, onRead: () => {} };
/** The notes list, which both renderings must hold word for word. */
const notes = (html: string) => html.slice(html.indexOf('<ul class="map-notes">'), html.indexOf('</ul>') + 5);

describe('PlaceCard', () => {
  it.each(data.places)('words $name the same in the list and in its popup', (place) => {
    const list = renderToString(h(PlaceCard, { place, lang: 'en' }));
    const popup = renderToString(h(PlaceCard, { place, popup: actions, lang: 'en' }));
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
    expect(renderToString(h(PlaceCard, { place, lang: 'en' }))).toContain(
      `<a href="#${place.figureId}" class="map-read">`,
    );
    const photo = { thumbSrc: '/assets/photos/x-400.jpg', caption: 'Her caption.', figureId: place.figureId };
    const popup = renderToString(h(PlaceCard, { place, popup: { ...actions, photo }, lang: 'en' }));
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
      const list = renderToString(h(RouteCard, { route, lang: 'en' }));
      expect(notes(renderToString(h(RouteCard, { route, popup: true, lang: 'en' })))).toBe(notes(list));
    }
  });

  it('leads from the candidates’ one marker to each pass', () => {
    const candidates = data.places.filter((p) => p.candidate);
    const html = renderToString(h(CandidatesCard, { candidates, actions, onShow: () => {}, lang: 'en' }));
    expect(html).toContain(`<h3>${candidatesName(candidates, 'en')}</h3>`);
    expect(candidatesName(candidates, 'en')).toBe('Mountain Pass, Tajikistan: 2 candidate passes');
    for (const name of ['Shahristan Pass', 'Anzob Pass']) expect(html).toContain(`>Show ${name}</button>`);
  });
});

describe('the cards in Russian and Tajik', () => {
  const greatStone = data.places.find((p) => p.id === 'place-great-stone');
  const shahristan = data.places.find((p) => p.id === 'place-shahristan-pass');
  if (!greatStone || !shahristan) throw new Error('places.json lost a place');

  it('names the places in their sourced forms and words the card in the language asked for', () => {
    const ru = renderToString(h(PlaceCard, { place: greatStone, lang: 'ru' }));
    // The park's official Russian name (content/translations/ru.yaml cites the decree).
    expect(ru).toContain('>Китайско-белорусский индустриальный парк «Великий камень»</h3>');
    expect(ru).toContain('Примечание издания, источник: CSIS Reconnecting Asia.');
    expect(ru).toContain('Положение на карте: 53,8836° с. ш., 27,9767° в. д., область около 5,2 км в поперечнике.');
    expect(ru).toContain('class="map-read">Читать в статье</a>');
    const tg = renderToString(h(PlaceCard, { place: shahristan, lang: 'tg' }));
    expect(tg).toContain('>Ағбаи Шаҳристон, Тоҷикистон (эҳтимолӣ)</h3>');
    expect(tg).toContain('Эҳтимолӣ: муаллиф ағбаро ном намебарад.');
    expect(tg).toContain('class="map-read">Дар мақола хондан</a>');
    for (const html of [ru, tg]) {
      for (const english of ['Read in article', "Edition's note", 'Edition&#39;s note', 'Map position', 'Sources:'])
        expect(html).not.toContain(english);
    }
  });

  it('words the popup, the route and the candidates’ marker in the language asked for', () => {
    const popup = renderToString(h(PlaceCard, { place: shahristan, popup: actions, lang: 'ru' }));
    expect(popup).toContain('<h3>Перевал Шахристан, Таджикистан (возможный)</h3>');
    expect(popup).toContain('<summary>Примечания издания и источники (3)</summary>');
    expect(popup).toContain('<button type="button">Читать в статье</button>');
    const route = data.routes[0];
    if (!route) throw new Error('no route');
    expect(renderToString(h(RouteCard, { route, popup: true, lang: 'tg' }))).toContain(
      'Масир: Душанбе, Нақби Анзоб, Айнӣ, Нақби Шаҳристон, Истаравшан, Хуҷанд.',
    );
    const candidates = data.places.filter((p) => p.candidate);
    expect(candidatesName(candidates, 'ru')).toBe('Горный перевал, Таджикистан: 2 возможных перевала');
    expect(candidatesName(candidates, 'tg')).toBe('Ағбаи кӯҳӣ, Тоҷикистон: 2 ағбаи эҳтимолӣ');
    const html = renderToString(h(CandidatesCard, { candidates, actions, onShow: () => {}, lang: 'ru' }));
    expect(html).toContain('>Показать перевал Анзоб</button>');
  });

  it('keeps the English catalogue’s place texts word for word as content/map/places.json', () => {
    const expected: Record<string, string> = {};
    for (const place of data.places) {
      expected[`${place.id}.name`] = place.name;
      expected[`${place.id}.what`] = place.what;
      expected[`${place.id}.caption`] = place.authorCaption;
      place.facts.forEach((fact, i) => {
        expected[`${place.id}.fact${i + 1}`] = fact.text;
      });
    }
    for (const route of data.routes) {
      expected[`${route.id}.name`] = route.name;
      route.facts.forEach((fact, i) => {
        expected[`${route.id}.fact${i + 1}`] = fact.text;
      });
      route.points.forEach((point, i) => {
        expected[`${route.id}.point${i + 1}`] = point.name;
      });
    }
    const catalogue = english as Record<string, unknown>;
    for (const [key, text] of Object.entries(expected)) expect(catalogue[key], key).toBe(text);
    // Every place text the catalogue holds belongs to the data (a renamed place leaves no orphan behind).
    const dataKeys = Object.keys(catalogue).filter((key) => /^(place|route)-/.test(key));
    const optional = /\.(short|fact\d+\.source)$/;
    expect(dataKeys.filter((key) => !optional.test(key)).sort()).toEqual(Object.keys(expected).sort());
    for (const key of dataKeys.filter((k) => k.endsWith('.short')))
      expect(catalogue[key]).toBe(data.places.find((p) => key.startsWith(`${p.id}.`))?.name.split(',')[0]);
  });
});
