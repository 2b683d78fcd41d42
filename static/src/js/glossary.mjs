// Tap-to-define for glossary words.
//
// cms/glossary/processing.py links the first use of each glossary word to the A to Z page and
// puts its meaning, hidden, in a <span class="portal-term__definition" hidden> right after it:
//
//   <a class="govuk-link portal-term" href="/what-words-mean/#term-guardian" data-term="guardian">
//     guardian<span class="govuk-visually-hidden"> (what this means)</span></a><span
//     class="portal-term__definition" data-term-definition="guardian" hidden>…</span>
//
// Without JavaScript that is a plain link. Here each link becomes a disclosure button
// (aria-expanded, aria-controls) that shows and hides the meaning in place. Escape closes it.
// Everything needed is already in the page: nothing is fetched, nothing runs inline.

const DEFINITION_CLASS = 'portal-term__definition'
let count = 0

function definitionOf (button) {
  return document.getElementById(button.getAttribute('aria-controls'))
}

function setOpen (button, open) {
  const definition = definitionOf(button)
  if (!definition) return
  button.setAttribute('aria-expanded', open ? 'true' : 'false')
  definition.hidden = !open
}

function enhance (link) {
  const definition = link.nextElementSibling
  if (!definition || !definition.classList.contains(DEFINITION_CLASS)) return
  count += 1
  definition.id = definition.id || `portal-term-definition-${count}`
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'portal-term portal-term--button'
  button.dataset.term = link.dataset.term
  button.setAttribute('aria-expanded', 'false')
  button.setAttribute('aria-controls', definition.id)
  while (link.firstChild) button.appendChild(link.firstChild)
  link.replaceWith(button)
}

function onClick (event) {
  const button = event.target.closest('button.portal-term')
  if (button) setOpen(button, button.getAttribute('aria-expanded') !== 'true')
}

function onKeydown (event) {
  if (event.key !== 'Escape' && event.key !== 'Esc') return
  const open = document.querySelectorAll('button.portal-term[aria-expanded="true"]')
  if (!open.length) return
  const active = document.activeElement
  // Close the meaning that has focus (on its word or on its link); with focus elsewhere, all.
  const focused = Array.prototype.find.call(open, (button) => {
    const definition = definitionOf(button)
    return button === active || (definition && definition.contains(active))
  })
  for (const button of focused ? [focused] : open) setOpen(button, false)
  if (focused) focused.focus()
}

export function initGlossaryTerms (root = document) {
  const links = root.querySelectorAll('a.portal-term[data-term]')
  if (!links.length) return
  links.forEach(enhance)
  document.addEventListener('click', onClick)
  document.addEventListener('keydown', onKeydown)
}
