// phoihop: the language of the four Camunda webapps (imported by each app's scripts/config.js). Vietnamese for
// everyone; English only as a deliberate choice, made by opening any of the apps once with ?lang=en (back with
// ?lang=vi) and remembered in this browser (localStorage, shared by Tasklist, Cockpit, Admin and Welcome). Camunda
// 7.24 would otherwise pick the browser's first language when it is among availableLocales, so each app offers
// only the chosen language.
const LANGUAGE_KEY = 'phoihop.language';
const LANGUAGES = ['vi', 'en'];

function chosenLanguage() {
  try {
    const query = window.location.search + '&' + (window.location.hash.split('?')[1] || '');
    const match = /[?&]lang=([a-zA-Z-]+)/.exec(query);
    const asked = match ? match[1].toLowerCase().split('-')[0] : null;
    if (LANGUAGES.includes(asked)) {
      window.localStorage.setItem(LANGUAGE_KEY, asked);
    }
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : 'vi';
  } catch (e) {
    return 'vi'; // no localStorage (private mode, blocked storage): Vietnamese
  }
}

export const LANGUAGE = chosenLanguage();
document.documentElement.lang = LANGUAGE;
