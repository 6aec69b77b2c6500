// Mounts GraphiQL (UMD globals React, ReactDOM, GraphiQL) against the endpoint that served this page.
(function () {
  var endpoint = window.location.origin + window.location.pathname;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: endpoint }),
      defaultHeaders: JSON.stringify({ 'x-plangraph-debug': 'round-trips' }, null, 2),
      defaultQuery: '{\n  health {\n    status\n    neo4jVersion\n    neo4jEdition\n  }\n}\n',
    }),
  );
})();
