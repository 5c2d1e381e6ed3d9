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
// serves src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/... before the webjar's copy). It is the
// 7.24.0 default with three changes: app name and vendor, date formats, locales (Vietnamese first, English kept);
// plus the keyboard shortcut descriptions in Vietnamese (the shortcut help dialog shows them untranslated).
// When upgrading Camunda, compare with the new webjar's default config.js.

export default {
  // change the app name and vendor
  // The header and the browser tab show "<vendor> <name>", the login page shows <name>.
  app: {
    name: 'LĐLĐ TP Hà Nội',
    vendor: 'Phối hợp –'
  },
  //
  // configure the date format
  // moment.js formats; the keys not set here (monthName, day) keep the defaults. Vietnamese style:
  // day/month/year and 24-hour time. Month and weekday names, relative times ("3 ngày nữa") and Monday as the
  // first day of the week come from "dateLocales" in locales/vi.json.
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    abbr: 'DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  //
  // A browser whose first language is English gets English; every other browser language gets Vietnamese.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
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
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận việc đang được chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
