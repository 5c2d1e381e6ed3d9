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

// phoihop (LĐLĐ TP Hà Nội): this file overrides the webjar's scripts/config.js of Camunda 7.24.0 (Spring Boot
// serves src/main/resources/META-INF/resources/webjars/camunda/app/welcome/... before the webjar's copy). It is the
// 7.24.0 default with two changes: app name and vendor, locales (Vietnamese for everyone, English on
// request, see below).
// When upgrading Camunda, compare with the new webjar's default config.js.

// phoihop: the language (Vietnamese unless the user chose English with ?lang=en), shared by the four apps.
import { LANGUAGE } from '../../phoihop/language.js';

export default {
  // The header and the browser tab show "<vendor> <name>", the login page shows <name>.
  app: {
    name: 'LĐLĐ TP Hà Nội',
    vendor: 'Phối hợp –'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
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
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // (Welcome 7.24.0 shows no dates and does not read dateFormat, so the default stays commented out.)
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // The language chosen above (Vietnamese unless the user asked for English with ?lang=en).
  locales: {
    availableLocales: [LANGUAGE],
    fallbackLocale: LANGUAGE
  },
  // Our own pages, shown on the Welcome page next to the Camunda apps.
  links: [
    {
      label: LANGUAGE === 'en' ? 'Progress and results reports' : 'Báo cáo tiến độ và kết quả',
      href: '/bao-cao',
      description: LANGUAGE === 'en'
        ? 'Signing progress of every unit, consolidated reports and the outgoing-document register'
        : 'Bảng tiến độ ký kết của các đơn vị, báo cáo tổng hợp và sổ văn bản đi'
    }
  ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
