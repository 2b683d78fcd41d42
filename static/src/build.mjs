// Build the portal's front-end assets.
//
//   cd static/src && npm ci && npm run build
//
// Writes (paths relative to the repository root):
//   static/css/portal.css   compressed CSS from scss/portal.scss
//   static/js/portal.js     ES module: js/portal.mjs bundled with only the
//                           GOV.UK Frontend components it initialises
//   static/assets/...       images referenced by url() in portal.css
//
// and fails if the CSS contains a web font (@font-face, .woff, GDS Transport)
// or a crown / GOV.UK logotype image, which the portal must not ship.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, posix, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import * as esbuild from 'esbuild'
import postcss from 'postcss'
import * as sass from 'sass'

const here = dirname(fileURLToPath(import.meta.url))
const staticDir = resolve(here, '..')
const cssOut = join(staticDir, 'css', 'portal.css')
const jsOut = join(staticDir, 'js', 'portal.js')

// Where url()s in the CSS may point to, in the packages
const assetSources = [
  join(here, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets'),
  join(here, 'node_modules', '@ministryofjustice', 'frontend', 'moj', 'assets')
]

// Rules of GOV.UK Frontend's footer that only style the crown, the Open
// Government Licence logo and the Crown copyright link. The portal's footer
// markup uses none of them; dropping them keeps the crown image out of the CSS.
const unwantedSelector = /\.govuk-footer__(crown|licence-logo|licence-description|copyright-logo)\b/

function fail (message) {
  console.error(`build: ${message}`)
  process.exit(1)
}

function relativeToRepo (path) {
  return relative(resolve(staticDir, '..'), path)
}

// --- CSS --------------------------------------------------------------------

const compiled = sass.compile(join(here, 'scss', 'portal.scss'), {
  loadPaths: [here],
  style: 'compressed',
  // Deprecation warnings from inside the packages are not ours to fix
  quietDeps: true
})

const stripUnwanted = {
  postcssPlugin: 'portal-strip-unwanted',
  Once (root) {
    root.walkRules((rule) => {
      const kept = rule.selectors.filter((selector) => !unwantedSelector.test(selector))
      if (kept.length === 0) {
        rule.remove()
      } else if (kept.length !== rule.selectors.length) {
        rule.selectors = kept
      }
    })
    // Remove @media / @supports blocks left empty
    let removed
    do {
      removed = false
      root.walkAtRules((atRule) => {
        if (atRule.nodes && atRule.nodes.length === 0) {
          atRule.remove()
          removed = true
        }
      })
    } while (removed)
  }
}

const { css } = await postcss([stripUnwanted]).process(compiled.css, { from: undefined })

const forbidden = [
  [/@font-face/i, '@font-face rule'],
  [/\.woff2?\b/i, 'web font file'],
  [/GDS Transport/i, 'GDS Transport font'],
  [/govuk-crest|crown|logotype/i, 'crown / GOV.UK logotype']
]
for (const [pattern, what] of forbidden) {
  if (pattern.test(css)) fail(`portal.css must not contain a ${what}`)
}

mkdirSync(dirname(cssOut), { recursive: true })
writeFileSync(cssOut, css.endsWith('\n') ? css : `${css}\n`)
console.log(`wrote ${relativeToRepo(cssOut)} (${Buffer.byteLength(css)} bytes)`)

// --- Assets referenced by the CSS -------------------------------------------

const urls = new Set()
for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
  const url = match[2]
  if (/^(data:|https?:|\/\/|#)/.test(url)) continue
  urls.add(url.split(/[?#]/)[0])
}

for (const url of urls) {
  // Resolved from static/css/portal.css
  const target = resolve(dirname(cssOut), ...url.split('/'))
  const assetsRoot = join(staticDir, 'assets')
  if (!target.startsWith(assetsRoot + '/')) {
    fail(`url(${url}) in portal.css does not point into static/assets/`)
  }
  const inAssets = posix.normalize(relative(assetsRoot, target).split('\\').join('/'))
  const source = assetSources.map((dir) => join(dir, inAssets)).find(existsSync)
  if (!source) fail(`url(${url}) in portal.css: ${inAssets} not found in the packages' assets`)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(source, target)
  console.log(`copied ${relativeToRepo(target)}`)
}

// --- JavaScript --------------------------------------------------------------

await esbuild.build({
  entryPoints: [join(here, 'js', 'portal.mjs')],
  outfile: jsOut,
  bundle: true,
  format: 'esm',
  minify: true,
  // Browsers that run <script type="module"> (GOV.UK Frontend's own baseline)
  target: ['es2017'],
  legalComments: 'none',
  logLevel: 'warning'
})
console.log(`wrote ${relativeToRepo(jsOut)} (${readFileSync(jsOut).length} bytes)`)
