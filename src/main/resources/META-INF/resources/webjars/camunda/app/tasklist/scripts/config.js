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
// 7.24.0 default with three changes: app name and vendor, date formats, locales (Vietnamese for everyone, English
// on request, see below); plus the keyboard shortcut descriptions in the chosen language (the shortcut help dialog
// does not translate them).
// When upgrading Camunda, compare with the new webjar's default config.js.

// phoihop: the language (Vietnamese unless the user chose English with ?lang=en), shared by the four apps.
import { LANGUAGE } from '../../phoihop/language.js';
// phoihop: what the embedded forms share (window.phoihopForms), loaded once here rather than copied into each form.
import '../../phoihop/embedded-forms.js';

// phoihop: Camunda Forms (form-js) in Vietnamese, as far as the library lets us. form-js derives its date pattern
// from the browser's default locale and writes its validation messages in English; with Vietnamese chosen, the
// default locale of Intl.DateTimeFormat becomes vi-VN with two-digit day and month (so dates read dd/mm/yyyy in
// every browser) and the messages
// are replaced by their Vietnamese text as they appear. Explicit locales passed to Intl are left alone.
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này bắt buộc.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Không được dài quá ${m[1]} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  // The pattern itself means nothing to a user; the field's description says what is expected.
  [/^Field must match pattern (.+)\.$/, () => 'Giá trị chưa đúng dạng yêu cầu; xem hướng dẫn dưới ô nhập.'],
  [/^Field must be a valid email\.$/, () => 'Hãy nhập địa chỉ email hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Hãy nhập số điện thoại hợp lệ, ví dụ +842438253781.'],
  [/^Date and time must both be entered\.$/, () => 'Hãy nhập cả ngày và giờ.']
];
function translateFormMessages(root) {
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span').forEach((element) => {
    const text = element.textContent.trim();
    for (const [pattern, vietnamese] of FORM_MESSAGES) {
      const match = pattern.exec(text);
      if (match) {
        element.textContent = vietnamese(match);
        return;
      }
    }
  });
}
if (LANGUAGE === 'vi') {
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  const DateTimeFormat = function DateTimeFormat(locales, options) {
    if (locales !== undefined && locales !== 'default') {
      return new NativeDateTimeFormat(locales, options);
    }
    // The default format is a date: with two-digit day and month it reads 05/06/2022, as Vietnamese forms write it.
    return new NativeDateTimeFormat('vi-VN', options === undefined ? { day: '2-digit', month: '2-digit', year: 'numeric' } : options);
  };
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  Intl.DateTimeFormat = DateTimeFormat;
  new MutationObserver(() => translateFormMessages(document)).observe(document.documentElement,
    { childList: true, subtree: true, characterData: true });
}

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
  // The language chosen above (Vietnamese unless the user asked for English with ?lang=en).
  locales: {
    availableLocales: [LANGUAGE],
    fallbackLocale: LANGUAGE
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
      description: LANGUAGE === 'en' ? 'claims the currently selected task' : 'nhận việc đang được chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: LANGUAGE === 'en' ? 'set the focus on the first filter in the list' : 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: LANGUAGE === 'en' ? 'set the focus on the first task in the list' : 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: LANGUAGE === 'en' ? 'focus the first input field in a task form' : 'chuyển đến ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: LANGUAGE === 'en' ? 'opens the start process modal dialog' : 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
