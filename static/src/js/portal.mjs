// Portal front-end entry point (ES module).
//
// Loaded with <script type="module" src="{% static 'js/portal.js' %}"></script>
// – no inline script, so it works under a strict Content-Security-Policy.
//
// GOV.UK Frontend normally expects an inline snippet at the start of <body>:
//   document.body.className += ' js-enabled' + ('noModule' in
//     HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
// We cannot use inline script, so the same classes are added here instead.
// Only browsers that support ES modules run this file, which is exactly the
// `'noModule' in HTMLScriptElement.prototype` test, so both classes are added
// unconditionally. Module scripts run after the document has been parsed, so
// document.body exists. The classes must be set before any component is
// created: GOV.UK Frontend's isSupported() checks for them.
import {
  Accordion,
  Button,
  Checkboxes,
  ErrorSummary,
  ExitThisPage,
  FileUpload,
  NotificationBanner,
  PasswordInput,
  Radios,
  ServiceNavigation,
  SkipLink,
  createAll
} from 'govuk-frontend'

import { initGlossaryTerms } from './glossary.mjs'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')

// The GOV.UK Frontend 6 header has no JavaScript (navigation lives in the
// service navigation component). Details and Tag are CSS only.
for (const Component of [
  SkipLink,
  ServiceNavigation,
  ExitThisPage,
  Accordion,
  Button,
  Checkboxes,
  Radios,
  ErrorSummary,
  NotificationBanner,
  FileUpload,
  PasswordInput
]) {
  createAll(Component)
}

initGlossaryTerms()
