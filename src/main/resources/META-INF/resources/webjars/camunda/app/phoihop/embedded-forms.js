// phoihop: what the embedded Tasklist forms (forms/<family>/*.html, deployed with their process) have in common,
// loaded once by Tasklist's scripts/config.js and offered to the forms' scripts as window.phoihopForms: dates and
// times as the server's validators read them, the file attachment (checked when chosen, like AttachmentPolicy
// checks it again), the link to a file already sent, and the forms' look.
//
// Addresses are relative to this file, so they follow a server context path: this file is served as
// <context path>/camunda/app/phoihop/embedded-forms.js (the webapps under Camunda's default application path).
const ROOT = new URL('../../../', import.meta.url);

const EXTENSIONS = {
  pdf: ['application/pdf'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  jpg: ['image/jpeg'], jpeg: ['image/jpeg'], png: ['image/png']
};
const ALLOWED = 'PDF, DOCX, JPEG hoặc PNG';

const STYLE = `
  .phoihop-form { max-width: 860px; }
  .phoihop-form fieldset.phoihop-context { border: 1px solid #ddd; border-radius: 4px; padding: 8px 14px; margin-bottom: 16px; }
  .phoihop-form fieldset.phoihop-context legend { font-size: 14px; font-weight: bold; width: auto; border: 0; margin: 0; padding: 0 6px; }
  .phoihop-form .phoihop-readonly { white-space: pre-wrap; overflow-wrap: anywhere; }
  .phoihop-form textarea { resize: vertical; min-height: 7em; }
  .phoihop-form .radio { margin-top: 4px; }
  .phoihop-form .phoihop-error { color: #a94442; margin-top: 4px; }
  .phoihop-form .phoihop-row { display: flex; flex-wrap: wrap; gap: 16px; }
  .phoihop-form .phoihop-row > .form-group { flex: 1 1 240px; }
  .phoihop-form .phoihop-file-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
  .phoihop-form .phoihop-file-name { margin-left: 8px; overflow-wrap: anywhere; }
  .phoihop-form table.phoihop-table { width: 100%; margin-bottom: 12px; }
  .phoihop-form table.phoihop-table td { vertical-align: top; overflow-wrap: anywhere; }
  .phoihop-form .phoihop-note { color: #8a6d3b; }
  .phoihop-form .phoihop-ok { color: #3c763d; }
`;

/** An address of this server ("api/…"), under its context path. */
function api(path) {
  return new URL(path, ROOT).toString();
}

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

/** "2022-06-08" (or a timestamp) → "08/06/2022"; '' when it is not a date. */
function isoToVn(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
}

/** "8/6/2022" → "2022-06-08", as the validators read a date; null when it is no real date. */
function vnToIso(text) {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!m) { return null; }
  const d = +m[1], mo = +m[2], y = +m[3];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) { return null; }
  return y + '-' + pad(mo) + '-' + pad(d);
}

/** "9:05" → "09:05", as the validators read a time (HH:mm); null when it is no time of day. */
function vnTime(text) {
  const m = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(text || '');
  return m ? pad(+m[1]) + ':' + m[2] : null;
}

/** "2,5 MB", "300 KB": sizes in the server's words (AttachmentPolicy.size). */
function size(bytes) {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? (Math.round(mb * 10) / 10).toString().replace('.', ',') + ' MB'
    : (Math.round(bytes / 102.4) / 10).toString().replace('.', ',') + ' KB';
}

/** A chosen file's content as base64, as a File variable or a JSON list of files carries it. */
function readAsBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = (event) => {
      const bytes = new Uint8Array(event.target.result);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      }
      resolve(btoa(binary));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function addStyleOnce() {
  if (!document.getElementById('phoihop-embedded-forms')) {
    const style = document.createElement('style');
    style.id = 'phoihop-embedded-forms';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

/**
 * Sets up an embedded form with one file to attach. Fetches the named text variables and the file variable when the
 * form is loaded; $scope.attachment holds the file's state for the template and $scope.validDate checks a typed date.
 *
 * @param options.camForm, options.$scope, options.$http what the form script was given
 * @param options.texts the text variables the form shows or edits
 * @param options.file the File variable ("draftRegulation"), options.input the id of its file input
 * @param options.attachments where the server tells the size limit ("…/policy") and sends files back ("?…&name=")
 */
function withAttachment(options) {
  const { camForm, $scope, $http, texts, file, input, attachments } = options;
  const variables = camForm.variableManager;
  addStyleOnce();

  $scope.attachment = { maxBytes: 10 * 1024 * 1024, maxSize: '10 MB', error: null, chosen: null, existing: null };
  $scope.submitted = false;
  $scope.validDate = (text) => !text || vnToIso(text) !== null;
  $scope.validTime = (text) => !text || vnTime(text) !== null;

  // The server's limit (PHOIHOP_ATTACHMENT_MAX_SIZE); 10 MB until it answers.
  $http.get(api(attachments + '/policy')).then((response) => {
    $scope.attachment.maxBytes = response.data.maxBytes;
    $scope.attachment.maxSize = response.data.maxSize;
  }, () => { /* keep the default */ });

  camForm.on('form-loaded', () => {
    texts.forEach((name) => variables.fetchVariable(name));
    variables.fetchVariable(file);
    // The file field may be shown only for some answers (ng-if adds and removes it): listen on the form.
    camForm.formElement[0].addEventListener('change', (event) => {
      if (event.target && event.target.id === input) { fileChosen(event.target); }
    });
  });

  // A file is checked as soon as it is chosen: type and size, with the reason when it is refused.
  function fileChosen(element) {
    $scope.$apply(() => {
      $scope.attachment.error = null;
      $scope.attachment.chosen = null;
      const f = element.files && element.files[0];
      if (!f) { return; }
      const extension = (f.name.split('.').length > 1 ? f.name.split('.').pop() : '').toLowerCase();
      const types = EXTENSIONS[extension];
      let refusal = null;
      if (!types || (f.type && types.indexOf(f.type) < 0)) {
        refusal = 'Tệp "' + f.name + '" không đúng định dạng cho phép; chỉ nhận tệp ' + ALLOWED + '.';
      } else if (f.size > $scope.attachment.maxBytes) {
        refusal = 'Tệp "' + f.name + '" có dung lượng ' + size(f.size) + ', vượt quá giới hạn '
          + $scope.attachment.maxSize + '; hãy nén hoặc chia nhỏ tệp rồi tải lên lại.';
      } else if (f.size === 0) {
        refusal = 'Tệp "' + f.name + '" rỗng (0 byte); hãy chọn lại tệp.';
      }
      if (refusal) {
        $scope.attachment.error = refusal;
        element.value = '';
        return;
      }
      $scope.attachment.reading = true;
      readAsBase64(f).then((value) => {
        $scope.$apply(() => {
          $scope.attachment.reading = false;
          $scope.attachment.chosen = { filename: f.name, mimeType: f.type || types[0], value: value, size: size(f.size) };
        });
      });
    });
  }

  return {
    isoToVn,
    vnToIso,
    vnTime,

    /** A fetched variable as text; '' when it has no value. */
    value(name) {
      const v = variables.variable(name);
      return v && v.value !== undefined && v.value !== null ? String(v.value) : '';
    },

    /** After the variables are fetched: the file sent earlier, with its download link for this unit's matter. */
    showExistingFile(matter) {
      const v = variables.variable(file);
      if (v && v.type === 'File' && v.valueInfo && v.valueInfo.filename) {
        $scope.attachment.existing = v.valueInfo.filename;
        $scope.attachment.existingUrl = api(attachments) + '?documentNumber=' + encodeURIComponent(matter.documentNumber)
          + '&year=' + encodeURIComponent(matter.year) + '&unitCode=' + encodeURIComponent(matter.unitCode)
          + '&name=' + file;
      }
    },

    /** Whether the chosen file keeps the form from being sent (refused, or still being read). */
    fileNotReady() {
      return Boolean($scope.attachment.error || $scope.attachment.reading);
    },

    /** A text variable to submit, trimmed as the validators read it. */
    setText(name, text) {
      const v = variables.variable(name);
      v.type = 'String';
      v.value = text === undefined || text === null ? '' : String(text).trim();
    },

    /** The chosen file, if any, into the File variable to submit. */
    sendChosenFile() {
      if ($scope.attachment.chosen) {
        const v = variables.variable(file);
        v.type = 'File';
        v.value = $scope.attachment.chosen.value;
        v.valueInfo = { filename: $scope.attachment.chosen.filename, mimeType: $scope.attachment.chosen.mimeType };
      }
    }
  };
}

/**
 * Headers for a change (POST) to this server's api/… from a form: the webapp session's CSRF token, which the server
 * asks of a change made with the Tasklist login rather than with HTTP Basic credentials.
 */
function changeHeaders() {
  const m = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(document.cookie);
  return m ? { 'X-XSRF-TOKEN': decodeURIComponent(m[1]) } : {};
}

window.phoihopForms = { api, withAttachment, readAsBase64, size, isoToVn, addStyleOnce, changeHeaders, style: addStyleOnce };
