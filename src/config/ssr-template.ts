/**
 * Docusaurus's own page template (core/lib/ssg/ssgTemplate.html.js, 3.10) with one change:
 * the page's scripts are requested after the first paint instead of from <head>.
 *
 * Why: on a slow link the ~125 kB (gzip) of main.js competes with the HTML and CSS for
 * bandwidth before anything is on screen, and Lighthouse's simulation counts every
 * request that starts before the largest paint (a paragraph here, painted with the first
 * frame) as part of it. Requested after that frame, the text shows as soon as the CSS is
 * in. The cost: the scripts no longer download alongside the CSS, so the page becomes
 * interactive later by about the CSS's download time plus a round trip (Lighthouse's
 * simulated time to interactive stayed about the same: the TTI row of `npm run bench`).
 * A tab that paints no frames (hidden, or a renderer without them) loads them after two
 * seconds instead. `async = false` keeps the scripts running in document order (runtime
 * first), as `defer` did. The list is JSON with `<` escaped, so no base URL can end the
 * script early. The loader is an inline script: `npm run headers` hashes it into the CSP.
 * Docusaurus's base-URL banner is off (docusaurus.config.ts): it decides at
 * DOMContentLoaded, before these scripts have started.
 */
export const ssrTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>
      (function (sources) {
        var started = false;
        function load() {
          if (started) return;
          started = true;
          sources.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.head.appendChild(script);
          });
        }
        requestAnimationFrame(function () { setTimeout(load, 0); });
        setTimeout(load, 2000);
      })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)).replace(/</g, '\\\\u003c') %>);
    </script>
  </body>
</html>
`;
