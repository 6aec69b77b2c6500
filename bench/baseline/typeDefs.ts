// The same graph as the official Neo4j GraphQL Library sees it: one @node type per label and
// @relationship fields mirroring Plan Graph's relationship types (README, "The graph").
export const typeDefs = /* GraphQL */ `
  type Plan @node {
    id: ID!
    title: String
    level: String
    periodStart: Int
    periodEnd: Int
    loaded: Boolean
    region: [Region!]! @relationship(type: "FOR_REGION", direction: OUT)
    chapters: [Chapter!]! @relationship(type: "HAS_CHAPTER", direction: OUT)
    indicators: [Indicator!]! @relationship(type: "HAS_INDICATOR", direction: OUT)
  }

  type Region @node {
    code: ID!
    name: String!
    level: String
  }

  type Chapter
    @node
    @fulltext(indexes: [{ indexName: "plangraph_text", queryName: "chaptersByText", fields: ["title", "text"] }]) {
    id: ID!
    title: String
    kind: String
    lineStart: Int
    text: String
  }

  type Goal
    @node
    @fulltext(indexes: [{ indexName: "plangraph_text", queryName: "goalsByText", fields: ["lead", "text"] }]) {
    id: ID!
    lead: String
    text: String
  }

  type Project
    @node
    @fulltext(indexes: [{ indexName: "plangraph_text", queryName: "projectsByText", fields: ["name", "text"] }]) {
    id: ID!
    name: String
    text: String
  }

  type Indicator
    @node
    @fulltext(indexes: [{ indexName: "plangraph_text", queryName: "indicatorsByText", fields: ["name"] }]) {
    id: ID!
    seq: Int
    name: String!
    unit: String
    baselineRaw: String
    targetRaw: String
    planId: String
    plan: [Plan!]! @relationship(type: "HAS_INDICATOR", direction: IN)
    measure: [Measure!]! @relationship(type: "MEASURES", direction: OUT)
    rollsUpTo: [Indicator!]! @relationship(type: "ROLLS_UP_TO", direction: OUT, properties: "RollUp")
    rolledUpFrom: [Indicator!]! @relationship(type: "ROLLS_UP_TO", direction: IN, properties: "RollUp")
  }

  type RollUp @relationshipProperties {
    method: String
    score: Float
    unitsAgree: Boolean
    comparison: String
    comparisonNote: String
    districtValueRaw: String
    parentValueRaw: String
  }

  type Measure @node {
    id: ID!
    name: String!
    unit: String
    instances: [Indicator!]! @relationship(type: "MEASURES", direction: IN)
  }
`;
