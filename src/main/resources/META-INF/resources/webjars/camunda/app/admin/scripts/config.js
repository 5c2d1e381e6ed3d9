/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// phoihop: the language. Vietnamese for everyone; English only as a deliberate choice, made by opening any of the
// four apps once with ?lang=en (back with ?lang=vi) and remembered in this browser (localStorage, shared by
// Tasklist, Cockpit, Admin and Welcome). Camunda 7.24 would otherwise pick the browser's first language when it is
// among availableLocales, so only the chosen language is offered. Keep this block identical in the four apps.
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
const LANGUAGE = chosenLanguage();
document.documentElement.lang = LANGUAGE;

export default {
  // // change the app name and vendor
  // app: {
  //   name: 'Admin',
  //   vendor: 'Company'
  // },
  // // custom libraries and scripts loading and initialization,
  // // see: http://docs.camunda.org/guides/user-guide/#tasklist-customizing-custom-scripts
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'admin' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `admin` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // 'runtimeActivityInstanceMetrics': {
  //   'display': true
  // },
  // 'historicActivityInstanceMetrics': {
  //   'adjustablePeriod': true,
  //   'period': {
  //     'unit': 'day'
  //   }
  // },
  locales: {
    availableLocales: [LANGUAGE],
    fallbackLocale: LANGUAGE
  },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 4000
};
