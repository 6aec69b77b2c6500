/** The GraphiQL page: every script and style comes from `${assetBase}/…` on this server. */
export function idePage(assetBase: string): string {
  const asset = (file: string) => `${assetBase}/${file}`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Plan Graph · GraphiQL</title>
  <link rel="stylesheet" href="${asset('graphiql.min.css')}">
  <link rel="stylesheet" href="${asset('page.css')}">
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${asset('react.production.min.js')}"></script>
  <script src="${asset('react-dom.production.min.js')}"></script>
  <script src="${asset('graphiql.min.js')}"></script>
  <script src="${asset('start.js')}"></script>
</body>
</html>
`;
}

/** Only what the page itself loads: this server, plus inline styles and data: fonts GraphiQL uses. */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');
