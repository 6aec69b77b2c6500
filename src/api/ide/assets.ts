import path from 'node:path';

// GraphiQL and React ship UMD builds; serving them from node_modules keeps the IDE working
// where no CDN is reachable. React's `exports` hide umd/, so paths start from package.json.
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** File name under /graphql/ide/ → file on disk. Nothing else is served from there. */
export const ideAssets: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
    'start.js': path.join(__dirname, 'start.js'),
    'page.css': path.join(__dirname, 'page.css'),
  }),
);
