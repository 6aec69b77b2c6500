import type { Executor } from '../../src/db/executor';

// The API's core stories, each asked of Plan Graph and of the baseline as the same question.
// Subjects are fixed real-plan items, present at every scale, so growth compares like with like.

export interface Story {
  name: string;
  planGraph: { query: string; variables: Record<string, unknown> };
  baseline: { query: string; variables: Record<string, unknown> };
  /** What the baseline leaves out, when it cannot say the same. */
  note?: string;
}

const ROLL_UP_FROM = 'yuzhong-2021-2025-public-services/ind/1';
const MEASURE = 'life-expectancy';
const SEARCH = '养老服务';
const PAGE = 20;

const rollUpFields = '{ method score comparison comparisonNote districtValueRaw parentValueRaw }';

export async function stories(executor: Executor): Promise<Story[]> {
  const [city] = await executor.read(
    `MATCH (:Indicator {id: $from})-[:ROLLS_UP_TO]->(i:Indicator {planId: 'chongqing-2026-2030-social-development-draft'}) RETURN i.id AS id`,
    { from: ROLL_UP_FROM },
  );
  if (!city) throw new Error(`${ROLL_UP_FROM} rolls up to no indicator of the municipal plan: was the corpus aligned?`);
  const municipal = String(city.id);
  return [
    {
      name: 'plans (nested)',
      planGraph: {
        query: `{ plans(first: ${PAGE}) { nodes { id title chapters { id title } indicators { nodes { id name rollsUpTo { to { id name } score } } } } } }`,
        variables: {},
      },
      baseline: {
        query: `{ plans(limit: ${PAGE}, sort: [{ loaded: DESC }, { periodStart: DESC }, { level: DESC }, { id: ASC }]) {
          id title chapters(sort: [{ lineStart: ASC }]) { id title }
          indicators(limit: 100, sort: [{ seq: ASC }]) { id name rollsUpToConnection { edges { properties { score } node { id name } } } } } }`,
        variables: {},
      },
    },
    {
      name: 'rollUp',
      planGraph: {
        query: `query($id: ID!) {
          rollUp(indicatorId: $id) {
            indicator { id name }
            steps { from { id } to { id name target { raw } plan { id title } } method score comparison depth }
          }
        }`,
        variables: { id: ROLL_UP_FROM },
      },
      baseline: {
        // Two levels of ROLLS_UP_TO stand in for the transitive trace (the corpus has two levels).
        query: `query($id: ID!) {
          indicators(where: { id: { eq: $id } }) { id name rollsUpToConnection { edges {
            properties ${rollUpFields}
            node { id name targetRaw plan { id title }
              rollsUpToConnection { edges { properties ${rollUpFields} node { id name targetRaw plan { id title } } } }
            }
          } } }
        }`,
        variables: { id: ROLL_UP_FROM },
      },
    },
    {
      name: 'contributions',
      planGraph: {
        query: `query($id: ID!) {
          contributions(indicatorId: $id) {
            indicator { id name }
            contributors { from { id name target { raw } plan { id region { name } } } score comparison }
            missing { region { name } }
          }
        }`,
        variables: { id: municipal },
      },
      baseline: {
        query: `query($id: ID!) {
          indicators(where: { id: { eq: $id } }) { id name rolledUpFromConnection { edges {
            properties ${rollUpFields}
            node { id name targetRaw plan { id region { name } } }
          } } }
        }`,
        variables: { id: municipal },
      },
      note: 'baseline lists contributors only; Plan Graph also finds the districts that set no target',
    },
    {
      name: 'measure table',
      planGraph: {
        query: `query($id: ID!) { measure(id: $id) { id name instances { id name baseline { raw } target { raw } plan { id title region { name } } } } }`,
        variables: { id: MEASURE },
      },
      baseline: {
        query: `query($id: ID!) {
          measures(where: { id: { eq: $id } }) { id name instances { id name baselineRaw targetRaw plan { id title region { name } } } }
        }`,
        variables: { id: MEASURE },
      },
    },
    {
      name: 'search',
      planGraph: {
        query: `query($t: String!) {
          search(text: $t, first: 20) { score item { __typename
            ... on Indicator { id name } ... on Chapter { id title } ... on Goal { id text }
            ... on Project { id name } ... on Plan { id planTitle: title } ... on Box { id title }
          } }
        }`,
        variables: { t: SEARCH },
      },
      baseline: {
        query: `query($t: String!) { indicatorsByText(phrase: $t, first: 20) { edges { score node { id name } } } }`,
        variables: { t: SEARCH },
      },
      note: 'baseline searches indicators only (@fulltext is per type; no union)',
    },
  ];
}
