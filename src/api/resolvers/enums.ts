import { BasisValue, ChapterKindValue, PlanLevelValue, RegionLevelValue, RollUpMethodValue } from '../../data/records';
import type { Resolvers } from '../generated/graphql';

// Apollo translates these GraphQL enums to the lower-case values stored in Neo4j and back.
export const enumResolvers: Resolvers = {
  PlanLevel: PlanLevelValue,
  RegionLevel: RegionLevelValue,
  ChapterKind: ChapterKindValue,
  Basis: BasisValue,
  RollUpMethod: RollUpMethodValue,
};
